namespace AntiLeadership.Live.Silo;

/// <summary>
/// How a node finds its cluster and where grains keep their state, bound from the "Cluster" section.
/// The defaults suit one laptop in a room: localhost clustering, grain state in PostgreSQL.
/// </summary>
public sealed class LiveClusterOptions
{
    // Not "Orleans": Orleans reads that section itself for its own provider configuration.
    public const string SectionName = "Cluster";
    public const string DefaultConnectionString = "UseDevelopmentStorage=true";

    /// <summary>"Localhost" (one node), "PostgreSql" or "AzureStorage" (several nodes sharing a membership table).</summary>
    public string Clustering { get; set; } = ClusteringModes.Localhost;

    /// <summary>"PostgreSql" (durable, the default), "AzureStorage" (on Azure) or "Memory" (only when a test or demo asks for it).</summary>
    public string Storage { get; set; } = StorageModes.PostgreSql;

    public string ClusterId { get; set; } = "antileadership";

    public string ServiceId { get; set; } = "antileadership-live";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// PostgreSQL connection string (Npgsql form: Host=…;Port=…;Database=…;Username=…;Password=…) for grain
    /// state and, with PostgreSql clustering, membership. start.sh sets it for the database it starts.
    /// </summary>
    public string Database { get; set; } = "";

    /// <summary>Azure Storage connection string for grain state and, with AzureStorage clustering, membership.</summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>
    /// The Orleans dashboard at /dashboard (operators only). Its call profiler times every grain call
    /// while someone watches the dashboard (and a minute after); an operator who never uses it turns it
    /// off here, and the node then neither profiles nor serves it.
    /// </summary>
    public bool Dashboard { get; set; } = true;

    /// <summary>
    /// How often each node probes the others, and how long it waits for an answer. A node that misses
    /// three probes in a row is declared dead and its grains come back on the others, so a crashed node
    /// stalls its rooms for about three times this (Orleans's default, 5 s, meant 15 s and more). Raise it
    /// on a network or on machines so slow that a live node can take that long to answer a probe.
    /// </summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// How long a grain may go without a call before it is deactivated and its memory given back (Orleans's
    /// default is 15 minutes). Sessions and activities in use are called every few seconds (each node renews
    /// its subscription), so only the quiet ones go; the next call loads them from storage in milliseconds.
    /// </summary>
    public TimeSpan IdleDeactivation { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>True when some part of the node needs the PostgreSQL database.</summary>
    public bool UsesDatabase => Storage == StorageModes.PostgreSql || Clustering == ClusteringModes.PostgreSql;

    /// <summary>The cluster identity, the same for silos and clients so they find each other.</summary>
    public void ApplyTo(Orleans.Configuration.ClusterOptions cluster)
    {
        cluster.ClusterId = ClusterId;
        cluster.ServiceId = ServiceId;
    }

    /// <summary>Refuses, with a sentence that says what to do, settings the node could not run with.</summary>
    public void Validate()
    {
        if (Storage is not (StorageModes.PostgreSql or StorageModes.AzureStorage or StorageModes.Memory))
        {
            throw new InvalidOperationException($"Unknown Cluster:Storage '{Storage}'. Use PostgreSql, AzureStorage or Memory.");
        }

        if (Clustering is not (ClusteringModes.Localhost or ClusteringModes.PostgreSql or ClusteringModes.AzureStorage))
        {
            throw new InvalidOperationException($"Unknown Cluster:Clustering '{Clustering}'. Use Localhost, PostgreSql or AzureStorage.");
        }

        if (UsesDatabase && string.IsNullOrWhiteSpace(Database))
        {
            throw new InvalidOperationException(
                "Cluster:Database is not set. Start the product with ./start.sh (it starts PostgreSQL and sets it), " +
                "give it a PostgreSQL connection string (Host=…;Port=…;Database=…;Username=…;Password=…), " +
                "or choose Cluster:Storage=AzureStorage or Memory.");
        }
    }
}
