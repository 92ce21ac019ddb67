using System.Text.Json;
using AntiLeadership.Live.Grains;
using Azure.Storage.Blobs;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// Reads an activity's ballots straight from its blob in Azurite: what is stored, whatever any node
/// holds in memory. A participant appears once, because ballots are keyed by participant.
/// </summary>
public static class StoredBallots
{
    public static async Task<Dictionary<string, Dictionary<string, int>>> ReadAsync(string connectionString, string serviceId, string activityId)
    {
        // The silo names its containers "<service id, letters and digits only>-<storage name>".
        var prefix = new string(serviceId.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        var container = new BlobContainerClient(connectionString, $"{prefix}-{StorageNames.Activities}");
        var name = await FindAsync(container, activityId).WaitAsync(Eventually.DefaultTimeout)
            ?? throw new InvalidOperationException($"No blob holds activity {activityId}.");
        var content = await container.GetBlobClient(name).DownloadContentAsync().WaitAsync(Eventually.DefaultTimeout);
        using var state = JsonDocument.Parse(content.Value.Content.ToMemory());
        return state.RootElement.GetProperty("Ballots").EnumerateObject().ToDictionary(
            ballot => ballot.Name,
            ballot => ballot.Value.GetProperty("Dots").Deserialize<Dictionary<string, int>>()!);
    }

    private static async Task<string?> FindAsync(BlobContainerClient container, string activityId)
    {
        await foreach (var blob in container.GetBlobsAsync())
        {
            if (blob.Name.Contains(activityId, StringComparison.OrdinalIgnoreCase))
            {
                return blob.Name;
            }
        }

        return null;
    }
}
