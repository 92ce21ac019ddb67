using System.Diagnostics;
using System.Text;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A web node (co-hosting its silo) in a process of its own, so a test can run several nodes of one
/// cluster and kill one the hard way. It runs the same build of the app the tests reference.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NodeProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    /// <summary>Starts a node that joins the cluster of <paramref name="serviceId"/> through the Azure Storage membership table.</summary>
    public static async Task<NodeProcess> StartAsync(string connectionString, string serviceId)
    {
        var httpPort = FreePorts.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "AntiLeadership.Live.Web.dll"),
            "--contentRoot", Path.Combine(RepositoryRoot.Path, "Web"),
            "--urls", $"http://127.0.0.1:{httpPort}",
            "--environment", "Production",
            "--Cluster:Clustering=AzureStorage",
            $"--Cluster:ConnectionString={connectionString}",
            $"--Cluster:ServiceId={serviceId}",
            $"--Cluster:ClusterId={serviceId}",
            $"--Cluster:SiloPort={FreePorts.Next()}",
            $"--Cluster:GatewayPort={FreePorts.Next()}",
            // Every test phone joins from 127.0.0.1.
            "--Live:Limits:JoinsPerMinutePerAddress=100000",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start a node.");
        var node = new NodeProcess(process, new Uri($"http://127.0.0.1:{httpPort}"));
        process.OutputDataReceived += (_, line) => node.Append(line.Data);
        process.ErrorDataReceived += (_, line) => node.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            await Eventually.ReturnsAsync(() => IsUpAsync(http), up => up || process.HasExited, "a node to start", TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException)
        {
            await node.DisposeAsync();
            throw new TimeoutException("A node did not start. Its output:\n" + node.Output);
        }

        return process.HasExited ? throw new InvalidOperationException("A node exited at start:\n" + node.Output) : node;
    }

    /// <summary>Ends the node the way a crash does: no shutdown, no goodbye to the cluster.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output) { _output.AppendLine(line); }
        }
    }

    private static async Task<bool> IsUpAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("/api/join/00000000")).StatusCode == System.Net.HttpStatusCode.NotFound;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
