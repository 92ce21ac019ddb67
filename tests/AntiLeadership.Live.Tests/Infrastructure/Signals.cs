using System.Runtime.InteropServices;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// Unix signals to the processes the tests start: a crash (SIGKILL), Ctrl+C (SIGINT), a clean stop
/// (SIGTERM), a hang (SIGSTOP) and its end (SIGCONT). A negative pid signals a whole process group.
/// </summary>
public static class Signals
{
    public const int Interrupt = 2, Kill = 9, Terminate = 15, Continue = 18, Stop = 19;

    public static void Send(int pid, int signal) => _ = SendSignal(pid, signal);

    /// <summary>Kills every process in <paramref name="pids"/> at the same moment and waits until all have ended.</summary>
    public static async Task KillAllAsync(IReadOnlyCollection<int> pids)
    {
        foreach (var pid in pids)
        {
            Send(pid, Kill);
        }

        await Eventually.IsTrueAsync(() => pids.All(pid => SendSignal(pid, 0) != 0), "every process killed to end");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
