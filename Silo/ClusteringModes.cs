namespace AntiLeadership.Live.Silo;

public static class ClusteringModes
{
    /// <summary>One node: no membership table.</summary>
    public const string Localhost = "Localhost";

    /// <summary>Several nodes sharing a membership table in the PostgreSQL database (on premises).</summary>
    public const string PostgreSql = "PostgreSql";

    /// <summary>Several nodes sharing a membership table in Azure Storage.</summary>
    public const string AzureStorage = "AzureStorage";
}
