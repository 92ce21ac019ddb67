using System.Diagnostics;
using System.Text;
using AntiLeadership.Live.Testing;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// The README's start command (<c>./start.sh</c>) run for real, in a process group of its own, with its
/// data in a folder the test gives it and every port its own: the database it installs and starts, and
/// the web node it builds and runs. It can be stopped as Ctrl+C stops it, or every process it started
/// can be killed at once.
/// </summary>
public sealed class StartCommand : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private readonly Ports _ports;

    private StartCommand(Process process, Ports ports, string dataFolder)
    {
        _process = process;
        _ports = ports;
        BaseAddress = new Uri($"http://127.0.0.1:{ports.Web}");
        DataFolder = dataFolder;
    }

    public Uri BaseAddress { get; }

    public string DataFolder { get; }

    /// <summary>Where the product keeps its grains: the database the command started, under the default service id.</summary>
    public ClusterStorage Storage => new("antileadership-live", Silo.StorageModes.PostgreSql,
        $"Host=127.0.0.1;Port={_ports.Database};Database=antileadership;Username=antileadership;Password={File.ReadAllText(Path.Combine(DataFolder, "postgres", "password")).Trim()}", "");

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    /// <summary>The ports a run uses; the same ones again for a restart on the same data.</summary>
    public sealed record Ports(int Web, int Database, int Silo, int Gateway)
    {
        public static Ports Free() => new(FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
    }

    /// <summary>Runs start.sh and waits until its web node says it is ready (storage and cluster answer).</summary>
    public static async Task<StartCommand> RunAsync(string dataFolder, Ports ports)
    {
        // setsid: a process group of its own, as a terminal gives the command it runs.
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.ArgumentList.Add("bash");
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "start.sh"));
        start.Environment["LIVE_DATA"] = dataFolder;
        start.Environment["PORT"] = $"{ports.Web}";
        start.Environment["DB_PORT"] = $"{ports.Database}";
        start.Environment["SILO_PORT"] = $"{ports.Silo}";
        start.Environment["GATEWAY_PORT"] = $"{ports.Gateway}";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run start.sh.");
        var command = new StartCommand(process, ports, dataFolder);
        process.OutputDataReceived += (_, line) => command.Append(line.Data);
        process.ErrorDataReceived += (_, line) => command.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = command.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            await Eventually.ReturnsAsync(async () => process.HasExited || await ReadyAsync(http), done => done,
                "start.sh to serve a ready node", TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException)
        {
            await command.KillEverythingAsync();
            throw new TimeoutException($"start.sh did not get ready. Its output:\n{command.Output}");
        }

        if (process.HasExited)
        {
            throw new InvalidOperationException($"start.sh ended by itself:\n{command.Output}");
        }

        return command;
    }

    /// <summary>
    /// Kills every process the start command started, at the same moment and with SIGKILL: the script,
    /// the web node, and every process of the database (which runs detached from the script).
    /// </summary>
    public async Task KillEverythingAsync()
    {
        // The script's process group (the script, dotnet, the web node) and the database, which runs
        // detached from it, all in one go.
        await Signals.KillAllAsync([-_process.Id, .. await DatabaseProcessesAsync()]);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Ctrl+C in the terminal: SIGINT to the command's whole process group; returns once the script has ended.</summary>
    public async Task InterruptAsync()
    {
        Signals.Send(-_process.Id, Signals.Interrupt);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
    }

    /// <summary>The database's processes (none once it has stopped).</summary>
    public Task<int[]> DatabaseProcessesAsync() => PostgresScript.ProcessesAsync(RepositoryRoot.Path, Path.Combine(DataFolder, "postgres"));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillEverythingAsync();
        }

        _process.Dispose();
    }

    private static async Task<bool> ReadyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("/health/ready")).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output) { _output.AppendLine(line); }
        }
    }
}
