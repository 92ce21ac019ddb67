[assembly: AssemblyFixture(typeof(AntiLeadership.Live.Tests.Infrastructure.SharedPostgres))]

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server for every test that does not stop, kill or freeze its database: each such test
/// (or test class) gets a service id of its own, which keeps its rows apart, as two deployments sharing
/// a database would be. Started once before the first test and killed after the last.
/// </summary>
public sealed class SharedPostgres : IAsyncLifetime
{
    private static Postgres? _server;

    public static Postgres Server => _server ?? throw new InvalidOperationException("The shared PostgreSQL server has not started.");

    public async ValueTask InitializeAsync() => _server = await Postgres.StartNewAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
