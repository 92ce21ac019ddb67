using AntiLeadership.Live.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// A one-silo cluster whose grains read the time from a clock the tests move, so a timer of minutes
/// is tested without waiting for it. Orleans keeps its own clock for its internals.
/// </summary>
public sealed class MovableClockFixture : IAsyncLifetime
{
    public static readonly FakeTimeProvider Clock = new(DateTimeOffset.UtcNow);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<MovableClockSilo>();
        Cluster = builder.Build();
        await Cluster.DeployAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class MovableClockSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            foreach (var name in StorageNames.All)
            {
                silo.AddMemoryGrainStorage(name);
            }

            silo.Services.AddSingleton<TimeProvider>(Clock);
        }
    }
}
