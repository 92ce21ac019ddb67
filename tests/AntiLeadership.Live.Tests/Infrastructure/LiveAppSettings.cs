namespace AntiLeadership.Live.Tests.Infrastructure;

/// <remarks>
/// Every test connects from 127.0.0.1, so joins per address are raised far above a room's; the
/// hostile-client tests that check the real limits start an app with <see cref="JoinsPerMinutePerAddress"/> set back.
/// <see cref="More"/> sets anything else (a start key, a small cap) for the app of one test.
/// </remarks>
public sealed record LiveAppSettings(ClusterStorage Storage, string OperatorKey = "", int JoinsPerMinutePerAddress = 100_000, IReadOnlyDictionary<string, string>? More = null, TimeProvider? Clock = null)
{
    /// <summary>Settings of their own (a fresh service id) in the test run's shared PostgreSQL server.</summary>
    public static LiveAppSettings Isolated() => Isolated(SharedPostgres.Server);

    /// <summary>
    /// Settings of their own on the given server: a PostgreSQL server a test may stop, kill or freeze, or
    /// Azurite standing in for Azure Storage.
    /// </summary>
    public static LiveAppSettings Isolated(IStorageServer server) => new(server.NewStorage());

    public string ServiceId => Storage.ServiceId;
}
