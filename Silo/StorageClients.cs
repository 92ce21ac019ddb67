using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace AntiLeadership.Live.Silo;

/// <summary>
/// Azure Storage clients that fail fast. The SDK's defaults retry for tens of seconds, longer than a
/// grain call may take: a phone would wait in silence and then time out without knowing whether its
/// vote counted. Failing within a few seconds lets it say "not saved, trying again" and retry with
/// the same submission id.
/// </summary>
public static class StorageClients
{
    public static TableServiceClient Tables(string connectionString) => new(connectionString, Configure(new TableClientOptions()));

    public static BlobServiceClient Blobs(string connectionString) => new(connectionString, Configure(new BlobClientOptions()));

    private static T Configure<T>(T options) where T : ClientOptions
    {
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options;
    }
}
