using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Web.Hosting;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A web node in a process of its own, so a test can run several nodes of one cluster and kill one
/// the hard way. It co-hosts its silo, or with <see cref="LiveModes.Client"/> joins the cluster as a
/// client and hosts no grains.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly NodeProgram _program;

    private NodeProcess(NodeProgram program, Uri baseAddress, int? siloPort)
    {
        _program = program;
        BaseAddress = baseAddress;
        SiloPort = siloPort;
    }

    public Uri BaseAddress { get; }

    /// <summary>The port of this node's silo, which names it in the membership table; none for a client-mode node.</summary>
    public int? SiloPort { get; }

    public string Output => _program.Output;

    /// <summary>True once the process has ended, by a kill or by a crash of its own.</summary>
    public bool HasExited => _program.HasExited;

    /// <summary>Starts a co-hosting node that joins the cluster of <paramref name="storage"/> through its membership table.</summary>
    public static Task<NodeProcess> StartAsync(ClusterStorage storage) => StartAsync(storage, LiveModes.CoHosted);

    /// <summary>Starts a node in the given <see cref="LiveModes"/>; a client-mode node needs a silo of the cluster running.</summary>
    public static async Task<NodeProcess> StartAsync(ClusterStorage storage, string mode, params string[] settings)
    {
        var httpPort = FreePorts.Next();
        int? siloPort = mode == LiveModes.CoHosted ? FreePorts.Next() : null;
        var arguments = new List<string>
        {
            "--contentRoot", Path.Combine(RepositoryRoot.Path, "Web"),
            "--urls", $"http://127.0.0.1:{httpPort}",
            "--environment", "Production",
            $"--Live:Mode={mode}",
            // Every test phone joins from 127.0.0.1.
            "--Live:Limits:JoinsPerMinutePerAddress=100000",
        };
        arguments.AddRange(storage.ClusterArguments());
        arguments.AddRange(settings);
        if (siloPort is not null)
        {
            arguments.Add($"--Cluster:SiloPort={siloPort}");
            arguments.Add($"--Cluster:GatewayPort={FreePorts.Next()}");
        }

        var node = new NodeProcess(NodeProgram.Start("AntiLeadership.Live.Web.dll", arguments), new Uri($"http://127.0.0.1:{httpPort}"), siloPort);
        using var http = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        await node._program.WaitUntilAsync(() => AnswersAsync(http), $"a {mode} node to answer", TimeSpan.FromSeconds(90));
        return node;
    }

    /// <summary>Ends the node the way a crash does: no shutdown, no goodbye to the cluster.</summary>
    public void Kill() => _program.Kill();

    public ValueTask DisposeAsync() => _program.DisposeAsync();

    /// <summary>True once an unknown join code gets its "not found": the node serves HTTP and reaches a silo.</summary>
    private static async Task<bool> AnswersAsync(HttpClient http)
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
