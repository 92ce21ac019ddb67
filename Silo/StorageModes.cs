namespace AntiLeadership.Live.Silo;

public static class StorageModes
{
    /// <summary>The default: a PostgreSQL database, whose commit is on disk when it is acknowledged.</summary>
    public const string PostgreSql = "PostgreSql";

    /// <summary>Azure Storage blobs, for a deployment on Azure (Azurite stands in for it in tests).</summary>
    public const string AzureStorage = "AzureStorage";

    /// <summary>Memory only, lost when the process ends: demos and tests that say so.</summary>
    public const string Memory = "Memory";
}
