namespace AntiLeadership.Live.Silo;

public static class StorageModes
{
    public const string AzureStorage = "AzureStorage";
    public const string Memory = "Memory";
}
