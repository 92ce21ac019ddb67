using AntiLeadership.Live.Grains;
using AntiLeadership.Live.Silo;
using Orleans.TestingHost;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// An in-process two-silo test cluster with in-memory grain storage: these tests are about the grains'
/// rules, not storage (durability is covered against PostgreSQL elsewhere). Each test uses fresh keys.
/// </summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<MemoryStorageSilo>();
        Cluster = builder.Build();
        await Cluster.DeployAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class MemoryStorageSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.Services.AddGrainStateJson();
            foreach (var name in StorageNames.All)
            {
                silo.AddMemoryGrainStorage(name);
            }
        }
    }
}
