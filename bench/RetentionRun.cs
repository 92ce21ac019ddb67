using System.Text.RegularExpressions;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// Automatic deletion at size. The product deletes a team a number of days (at least one) after its last
/// session, by the node's clock, in a sweep every hour (Web/Retention/RetentionSweep.cs); it has no
/// on-demand sweep and takes no other clock. So the node is started again as it would be two days
/// later: libfaketime (Debian's faketime package) moves the process's wall clock two days on — its
/// monotonic clock, which timers run on, is left alone — and the sweep's hour is shortened through its
/// setting (<c>Live:RetentionSweepInterval</c>). The teams that chose one day are then due; the others
/// (a year) are not. Each sweep logs what it did and how long it took; they are read from the node's log.
/// </summary>
public static partial class RetentionRun
{
    private const string FakeTime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(15);

    public static bool Available => File.Exists(FakeTime);

    /// <summary>Restarts the node two days on and waits for its sweeps to delete <paramref name="due"/> teams; the sweeps' total time (ms) and the teams they deleted.</summary>
    public static async Task<(double SweepMs, int Deleted)> RunAsync(ServerUnderTest server, int due, TimeSpan within)
    {
        BenchLog.Write($"restarting the node two days later, sweeping every {SweepEvery.TotalSeconds} s; {due} teams due");
        await server.CrashAndRestartAsync(
            [$"--Live:RetentionSweepInterval={SweepEvery:c}", "--Logging:LogLevel:AntiLeadership.Live.Web.Retention.RetentionSweep=Debug"],
            new Dictionary<string, string> { ["LD_PRELOAD"] = FakeTime, ["FAKETIME"] = "+2d", ["FAKETIME_DONT_FAKE_MONOTONIC"] = "1" });
        var sweepMs = 0.0;
        var deleted = 0;
        var counting = new object();
        var allDeleted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Node.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text && Sweep().Match(text) is { Success: true } sweep)
            {
                BenchLog.Write($"the node: {text.Trim()}");
                var deletedNow = int.Parse(sweep.Groups["deleted"].Value);
                lock (counting)
                {
                    // Only the sweeps that deleted: the others found nothing due and took a millisecond.
                    sweepMs += deletedNow > 0 ? double.Parse(sweep.Groups["ms"].Value) : 0;
                    deleted += deletedNow;
                    if (deleted >= due)
                    {
                        allDeleted.TrySetResult();
                    }
                }
            }
        };
        try
        {
            await allDeleted.Task.WaitAsync(within);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Automatic deletion removed {Volatile.Read(ref deleted)} of {due} teams due within {within}.");
        }

        lock (counting)
        {
            return (sweepMs, deleted);
        }
    }

    [GeneratedRegex(@"Retention sweep: (?<due>\d+) team\(s\) due, (?<deleted>\d+) deleted in (?<ms>\d+) ms")]
    private static partial Regex Sweep();
}
