namespace AntiLeadership.Live.Silo;

public static class ClusteringModes
{
    public const string Localhost = "Localhost";
    public const string AzureStorage = "AzureStorage";
}
