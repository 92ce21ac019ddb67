namespace AntiLeadership.Live.Tests.Infrastructure;

public sealed record LiveAppSettings(string ConnectionString, string ServiceId, string Storage = "AzureStorage", string OperatorKey = "")
{
    /// <summary>Settings with a service id of their own, so nothing else in the test run shares their tables.</summary>
    public static LiveAppSettings Isolated(Azurite azurite) =>
        new(azurite.ConnectionString, "t" + Guid.NewGuid().ToString("N")[..12]);
}
