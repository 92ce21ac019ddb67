using System.Collections.Concurrent;
using AntiLeadership.Live.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// A one-silo cluster whose grains read the time from a clock the tests move, so a timer of minutes
/// is tested without waiting for it. Each fixture has a clock of its own: test classes run side by
/// side, and one moving its clock three months on must not move another's (nor the clock a new
/// cluster starts on).
/// </summary>
public sealed class MovableClockFixture : IAsyncLifetime
{
    private const string ClockIdKey = "MovableClockId";

    // The silo configurator is made by the test cluster, not by us: it finds its fixture's clock here.
    private static readonly ConcurrentDictionary<string, FakeTimeProvider> Clocks = new();

    private readonly string _clockId = Guid.NewGuid().ToString("N");

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async ValueTask InitializeAsync()
    {
        Clocks[_clockId] = Clock;
        var builder = new TestClusterBuilder(1);
        builder.Properties[ClockIdKey] = _clockId;
        builder.AddSiloBuilderConfigurator<MovableClockSilo>();
        Cluster = builder.Build();
        await Cluster.DeployAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Clocks.TryRemove(_clockId, out _);
    }

    private sealed class MovableClockSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            foreach (var name in StorageNames.All)
            {
                silo.AddMemoryGrainStorage(name);
            }

            silo.Services.AddSingleton<TimeProvider>(Clocks[silo.Configuration[ClockIdKey]!]);
        }
    }
}
