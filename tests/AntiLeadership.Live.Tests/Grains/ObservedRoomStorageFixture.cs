using AntiLeadership.Live.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// A one-silo cluster whose team, session and join-code storage is one <see cref="ObservedStorage"/>
/// (failing together, as one storage account does); activities use memory storage. Its own storage,
/// not <see cref="ObservedStorageFixture"/>'s, so failing it cannot disturb tests of activities.
/// </summary>
public sealed class ObservedRoomStorageFixture : IAsyncLifetime
{
    public static readonly ObservedStorage Storage = new();

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<ObservedRoomStorageSilo>();
        Cluster = builder.Build();
        await Cluster.DeployAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class ObservedRoomStorageSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Teams, Storage);
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Sessions, Storage);
            silo.AddMemoryGrainStorage(StorageNames.Activities);
        }
    }
}
