using AntiLeadership.Live.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>A one-silo cluster whose activity storage is an <see cref="ObservedStorage"/>; other grains use memory storage.</summary>
public sealed class ObservedStorageFixture : IAsyncLifetime
{
    public static readonly ObservedStorage Storage = new();

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<ObservedStorageSilo>();
        Cluster = builder.Build();
        await Cluster.DeployAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class ObservedStorageSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddMemoryGrainStorage(StorageNames.Teams);
            silo.AddMemoryGrainStorage(StorageNames.Sessions);
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Activities, Storage);
        }
    }
}
