using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// Where a test's nodes keep their grain state and, when several form a cluster, their membership:
/// PostgreSQL (the default the product starts with) or Azure Storage (Azurite, standing in for Azure).
/// A fresh service id per instance keeps one test's rows apart from another's in a shared server.
/// </summary>
public sealed record ClusterStorage(string ServiceId, string Storage, string Database, string AzureConnectionString)
{
    /// <summary>Several nodes share the membership table of the same store as their grain state.</summary>
    public string Clustering => Storage == StorageModes.AzureStorage ? ClusteringModes.AzureStorage : ClusteringModes.PostgreSql;

    public static ClusterStorage OnPostgres(string connectionString) => new(NewServiceId(), StorageModes.PostgreSql, connectionString, "");

    public static ClusterStorage OnAzure(string connectionString) => new(NewServiceId(), StorageModes.AzureStorage, "", connectionString);

    /// <summary>The same storage reached through another address (a passage the test can cut).</summary>
    public ClusterStorage Via(string connectionString) =>
        Storage == StorageModes.PostgreSql ? this with { Database = connectionString } : this with { AzureConnectionString = connectionString };

    /// <summary>The settings that make a process a member (or a client) of this test cluster.</summary>
    public Dictionary<string, string?> ClusterSettings() => new()
    {
        ["Cluster:Clustering"] = Clustering,
        ["Cluster:Storage"] = Storage,
        ["Cluster:Database"] = Database,
        ["Cluster:ConnectionString"] = AzureConnectionString,
        ["Cluster:ServiceId"] = ServiceId,
        ["Cluster:ClusterId"] = ServiceId,
    };

    /// <summary>The same settings as command-line arguments.</summary>
    public IEnumerable<string> ClusterArguments() => ClusterSettings().Select(s => $"--{s.Key}={s.Value}");

    private static string NewServiceId() => "t" + Guid.NewGuid().ToString("N")[..12];
}
