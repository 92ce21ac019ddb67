using AntiLeadership.Live.Testing;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A grain-only node (the <c>Silo</c> executable) in a process of its own: it hosts grains and serves
/// client-mode web nodes through its gateway, and has no HTTP of its own.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    // The generic host prints this once every hosted service has started; the silo's service finishes
    // starting only when the silo is Active in the membership table.
    private const string Started = "Application started.";

    private readonly NodeProgram _program;

    private SiloProcess(NodeProgram program, int siloPort, int gatewayPort)
    {
        _program = program;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    /// <summary>The port of this silo, which names it in the membership table.</summary>
    public int SiloPort { get; }

    public int GatewayPort { get; }

    public string Output => _program.Output;

    /// <summary>Starts a silo that joins the cluster of <paramref name="storage"/> through its membership table.</summary>
    public static async Task<SiloProcess> StartAsync(ClusterStorage storage)
    {
        var (siloPort, gatewayPort) = (FreePorts.Next(), FreePorts.Next());
        var arguments = storage.ClusterArguments()
            .Concat([$"--Cluster:SiloPort={siloPort}", $"--Cluster:GatewayPort={gatewayPort}"]);
        var silo = new SiloProcess(NodeProgram.Start("AntiLeadership.Live.Silo.dll", arguments), siloPort, gatewayPort);
        await silo._program.WaitUntilAsync(
            () => Task.FromResult(silo.Output.Contains(Started, StringComparison.Ordinal)), "a grain-only silo to start", TimeSpan.FromSeconds(90));
        return silo;
    }

    public ValueTask DisposeAsync() => _program.DisposeAsync();
}
