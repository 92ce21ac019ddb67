namespace AntiLeadership.Live.Silo;

/// <summary>
/// How a node finds its cluster and where grains keep their state, bound from the "Cluster" section.
/// The defaults suit one laptop in a room: localhost clustering, durable Azure Storage (Azurite).
/// </summary>
public sealed class LiveClusterOptions
{
    // Not "Orleans": Orleans reads that section itself for its own provider configuration.
    public const string SectionName = "Cluster";
    public const string DefaultConnectionString = "UseDevelopmentStorage=true";

    /// <summary>"Localhost" (one node) or "AzureStorage" (several nodes sharing a membership table).</summary>
    public string Clustering { get; set; } = ClusteringModes.Localhost;

    /// <summary>"AzureStorage" (durable, the default) or "Memory" (only when a test or demo asks for it).</summary>
    public string Storage { get; set; } = StorageModes.AzureStorage;

    public string ClusterId { get; set; } = "antileadership";

    public string ServiceId { get; set; } = "antileadership-live";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>Azure Storage connection string for grain state and, when clustered, membership.</summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>The cluster identity, the same for silos and clients so they find each other.</summary>
    public void ApplyTo(Orleans.Configuration.ClusterOptions cluster)
    {
        cluster.ClusterId = ClusterId;
        cluster.ServiceId = ServiceId;
    }
}
