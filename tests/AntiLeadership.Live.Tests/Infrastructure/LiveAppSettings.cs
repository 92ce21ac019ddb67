namespace AntiLeadership.Live.Tests.Infrastructure;

/// <remarks>
/// Every test connects from 127.0.0.1, so joins per address are raised far above a room's; the
/// hostile-client tests that check the real limits start an app with <see cref="JoinsPerMinutePerAddress"/> set back.
/// <see cref="More"/> sets anything else (a start key, a small cap) for the app of one test.
/// </remarks>
public sealed record LiveAppSettings(string ConnectionString, string ServiceId, string Storage = "AzureStorage", string OperatorKey = "", int JoinsPerMinutePerAddress = 100_000, IReadOnlyDictionary<string, string>? More = null)
{
    /// <summary>Settings with a service id of their own, so nothing else in the test run shares their tables.</summary>
    public static LiveAppSettings Isolated(Azurite azurite) =>
        new(azurite.ConnectionString, "t" + Guid.NewGuid().ToString("N")[..12]);
}
