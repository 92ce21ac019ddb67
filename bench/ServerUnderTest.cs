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
    private readonly bool _ownsStorage;
    private string[] _settings;
    private IReadOnlyDictionary<string, string> _environment = new Dictionary<string, string>();
    private bool _disposed;
    private bool _killed;
    private int _errorLines;
    private long _logBytes;
    private volatile bool _messageFollows;

    private ServerUnderTest(BenchStorage storage, bool ownsStorage, string[] settings)
    {
        Storage = storage;
        _ownsStorage = ownsStorage;
        _settings = settings;
    }

    /// <summary>Everything the node wrote to its console, in bytes: a flood of stack traces shows here.</summary>
    public long LogBytes => Interlocked.Read(ref _logBytes);

    public Uri BaseAddress { get; private set; } = null!;

    public Process Node { get; private set; } = null!;

    public BenchStorage Storage { get; }

    /// <summary>
    /// Lines the node (any of its processes so far) logged at Error or Critical level. The console logger
    /// writes to standard output, one "fail:" or "crit:" line per entry (the lines after it are its message).
    /// </summary>
    public int ErrorLines => Volatile.Read(ref _errorLines);

    /// <summary>A node on storage of its own; <paramref name="settings"/> are extra command-line settings.</summary>
    public static async Task<ServerUnderTest> StartAsync(string storage, params string[] settings)
    {
        var server = new ServerUnderTest(await BenchStorage.StartAsync(storage), ownsStorage: true, settings);
        await server.StartNodeAsync();
        return server;
    }

    /// <summary>
    /// A node on storage that another node shares (and that outlives it); <paramref name="settings"/> are
    /// extra command-line settings, such as the clustering that makes the nodes one cluster.
    /// </summary>
    public static async Task<ServerUnderTest> StartSharingAsync(BenchStorage storage, params string[] settings)
    {
        var server = new ServerUnderTest(storage, ownsStorage: false, settings);
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

    /// <summary>
    /// As <see cref="CrashAndRestartAsync()"/>, the fresh node (and every one after it) with <paramref name="settings"/>
    /// added to its command line and <paramref name="environment"/> set in its environment.
    /// </summary>
    public Task CrashAndRestartAsync(string[] settings, IReadOnlyDictionary<string, string> environment)
    {
        _settings = [.. _settings, .. settings];
        _environment = environment;
        return CrashAndRestartAsync();
    }

    /// <summary>Kills the node as a crash would (SIGKILL) and leaves it dead; its storage keeps running.</summary>
    public async Task KillAsync()
    {
        await StopAsync(Node);
        _killed = true;
    }

    /// <summary>Stops the node and its storage; once only, however often it is called.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_killed)
        {
            await StopAsync(Node);
        }
        if (_ownsStorage)
        {
            await Storage.DisposeAsync();
        }
    }

    public ServerStats Stats() => new(ProcessStats.PeakRssMb(Node.Id), ProcessStats.CpuSeconds(Node.Id), Storage.CpuSeconds());

    private async Task StartNodeAsync()
    {
        var http = FreePorts.Next();
        Node = Start("dotnet", NodeRuntime.With(_environment), [
            Path.Combine(AppContext.BaseDirectory, "AntiLeadership.Live.Web.dll"),
            "--contentRoot", Path.Combine(RepositoryRoot.Path, "Web"), "--urls", $"http://127.0.0.1:{http}",
            "--environment", "Production", "--Logging:LogLevel:Default=Warning",
            .. Storage.NodeArguments,
            $"--Cluster:SiloPort={FreePorts.Next()}", $"--Cluster:GatewayPort={FreePorts.Next()}",
            // Every simulated phone joins from 127.0.0.1, and every team of a simulated organisation starts
            // its workshop from there too; a real room comes from many addresses.
            "--Live:Limits:JoinsPerMinutePerAddress=1000000", "--Live:Limits:FailedLookupsPerMinutePerAddress=1000000",
            "--Live:Limits:WorkshopsPerHourPerAddress=1000000",
            .. _settings]);
        // The node's console log, kept for whoever wants to see what it said (named in the benchmark's log).
        // Left open for as long as the benchmark runs: lines may still arrive after the node has exited.
        var logPath = Path.Combine(Path.GetTempPath(), $"antileadership-bench-node-{http}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        BenchLog.Write($"the node on port {http} logs to {logPath}");
        Node.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                lock (log)
                {
                    log.WriteLine(text);
                }

                Interlocked.Add(ref _logBytes, text.Length + 1);
            }
        };
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

    public static Process Start(string file, params string[] arguments) => Start(file, new Dictionary<string, string>(), arguments);

    public static Process Start(string file, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

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
