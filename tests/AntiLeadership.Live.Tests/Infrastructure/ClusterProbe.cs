using AntiLeadership.Live.Silo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// An Orleans client in the test process that finds a test cluster through its membership table, the
/// way a client-mode web node does, to ask what cannot be seen from outside: which silos are active
/// members, and on which one a grain is activated. Placement is Orleans' choice, so a test that means
/// to kill "the node with the grain" has to ask rather than assume.
/// </summary>
public sealed class ClusterProbe : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterProbe(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    private IManagementGrain Management => Client.GetGrain<IManagementGrain>(0);

    public static async Task<ClusterProbe> ConnectAsync(ClusterStorage storage)
    {
        // An empty builder: no console logging from a client inside the test run.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(storage.ClusterSettings());
        builder.UseOrleansClient(client => client.AddAntiLeadershipClient(builder.Configuration));
        var host = builder.Build();
        await host.StartAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return new ClusterProbe(host);
    }

    /// <summary>The silo port of the node on which <paramref name="grain"/> is activated now.</summary>
    public async Task<int> SiloPortOfAsync(IAddressable grain)
    {
        var silo = await Management.GetActivationAddress(grain).AsTask().WaitAsync(Eventually.DefaultTimeout);
        return silo?.Endpoint.Port ?? throw new InvalidOperationException($"{grain} is not activated on any silo.");
    }

    /// <summary>Which of two co-hosting nodes runs <paramref name="grain"/> now, and the other one.</summary>
    public async Task<(NodeProcess Host, NodeProcess Other)> HostOfAsync(IAddressable grain, NodeProcess first, NodeProcess second)
    {
        var port = await SiloPortOfAsync(grain);
        return port == first.SiloPort ? (first, second)
            : port == second.SiloPort ? (second, first)
            : throw new InvalidOperationException($"{grain} lives on silo port {port}, on neither node.");
    }

    /// <summary>Every silo the cluster knows of, by silo port, with its status: dead ones stay listed as Dead.</summary>
    public async Task<Dictionary<int, SiloStatus>> MembersAsync()
    {
        var hosts = await Management.GetHosts(onlyActive: false).WaitAsync(Eventually.DefaultTimeout);
        return hosts.ToDictionary(host => host.Key.Endpoint.Port, host => host.Value);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            _host.Dispose();
        }
    }
}
