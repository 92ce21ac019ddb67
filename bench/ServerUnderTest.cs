using System.Diagnostics;
using AntiLeadership.Live.Testing;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// The product as the benchmark measures it: a web node co-hosting its silo, in its own process, with
/// its grain state in a <see cref="BenchStorage"/> of its own (PostgreSQL, Azurite, or memory for the
/// ceiling run). Loopback only.
/// </summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private bool _disposed;
    private int _errorLines;
    private volatile bool _messageFollows;

    private ServerUnderTest(BenchStorage storage) => Storage = storage;

    public Uri BaseAddress { get; private set; } = null!;

    public Process Node { get; private set; } = null!;

    public BenchStorage Storage { get; }

    /// <summary>
    /// Lines the node (any of its processes so far) logged at Error or Critical level. The console logger
    /// writes to standard output, one "fail:" or "crit:" line per entry (the lines after it are its message).
    /// </summary>
    public int ErrorLines => Volatile.Read(ref _errorLines);

    public static async Task<ServerUnderTest> StartAsync(string storage)
    {
        var server = new ServerUnderTest(await BenchStorage.StartAsync(storage));
        await server.StartNodeAsync();
        return server;
    }

    /// <summary>
    /// Kills the node as a crash would — SIGKILL, so no graceful shutdown, nothing written on the way
    /// out — and starts a fresh one on the same storage. The storage keeps running, as a database or a
    /// storage account would.
    /// </summary>
    public async Task CrashAndRestartAsync()
    {
        if (!Storage.Durable)
        {
            throw new InvalidOperationException("Memory storage does not survive a restart.");
        }

        await StopAsync(Node);
        await StartNodeAsync();
    }

    /// <summary>Stops the node and its storage; once only, however often it is called.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await StopAsync(Node);
        await Storage.DisposeAsync();
    }

    public ServerStats Stats() => new(ProcessStats.PeakRssMb(Node.Id), ProcessStats.CpuSeconds(Node.Id), Storage.CpuSeconds());

    private async Task StartNodeAsync()
    {
        var http = FreePorts.Next();
        Node = Start("dotnet", [
            Path.Combine(AppContext.BaseDirectory, "AntiLeadership.Live.Web.dll"),
            "--contentRoot", Path.Combine(RepositoryRoot.Path, "Web"), "--urls", $"http://127.0.0.1:{http}",
            "--environment", "Production", "--Logging:LogLevel:Default=Warning",
            .. Storage.NodeArguments,
            $"--Cluster:SiloPort={FreePorts.Next()}", $"--Cluster:GatewayPort={FreePorts.Next()}",
            // Every simulated phone joins from 127.0.0.1, and every team of a simulated organisation starts
            // its workshop from there too; a real room comes from many addresses.
            "--Live:Limits:JoinsPerMinutePerAddress=1000000", "--Live:Limits:FailedLookupsPerMinutePerAddress=1000000",
            "--Live:Limits:WorkshopsPerHourPerAddress=1000000"]);
        Node.OutputDataReceived += CountErrors;
        Node.ErrorDataReceived += CountErrors;
        BaseAddress = new Uri($"http://127.0.0.1:{http}");
        await Ports.WaitAsync(http, TimeSpan.FromSeconds(90));
    }

    private void CountErrors(object sender, DataReceivedEventArgs line)
    {
        if (line.Data is not { } text)
        {
            return;
        }

        if (text.StartsWith("fail:", StringComparison.Ordinal) || text.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errorLines);
            BenchLog.Write($"the node logged: {text}");
            _messageFollows = true;
        }
        else if (_messageFollows)
        {
            // The entry's message, on the next line: what the error was, not only where.
            _messageFollows = false;
            BenchLog.Write($"the node logged:     {text.Trim()}");
        }
    }

    public static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    public static Process Start(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { Length: > 0 } text)
            {
                Console.Error.WriteLine($"[server] {text}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
