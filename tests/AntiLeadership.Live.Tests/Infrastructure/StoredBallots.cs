using System.Text.Json;
using AntiLeadership.Live.Grains;
using AntiLeadership.Live.Silo;
using Azure.Storage.Blobs;
using Npgsql;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// Reads an activity's ballots straight from storage (its row in PostgreSQL, or its blob in Azure
/// Storage): what is stored, whatever any node holds in memory. A participant appears once, because
/// ballots are keyed by participant.
/// </summary>
public static class StoredBallots
{
    public static async Task<Dictionary<string, Dictionary<string, int>>> ReadAsync(ClusterStorage storage, string activityId)
    {
        var state = storage.Storage == StorageModes.PostgreSql
            ? await ReadRowAsync(storage, activityId)
            : await ReadBlobAsync(storage, activityId);
        using var json = JsonDocument.Parse(state);
        return json.RootElement.GetProperty("Ballots").EnumerateObject().ToDictionary(
            ballot => ballot.Name,
            ballot => ballot.Value.GetProperty("Dots").Deserialize<Dictionary<string, int>>()!);
    }

    /// <summary>The activity's stored state as written (plain JSON), from whichever store holds it.</summary>
    public static Task<byte[]> ReadStateAsync(ClusterStorage storage, string activityId) =>
        storage.Storage == StorageModes.PostgreSql ? ReadRowAsync(storage, activityId) : ReadBlobAsync(storage, activityId);

    /// <summary>The activity's stored state as written (plain JSON), from its row in the grain-state table.</summary>
    public static async Task<byte[]> ReadRowAsync(ClusterStorage storage, string grainKey)
    {
        await using var connection = new NpgsqlConnection(storage.Database);
        await connection.OpenAsync().WaitAsync(Eventually.DefaultTimeout);
        await using var command = new NpgsqlCommand("SELECT payload FROM grain_state WHERE service_id = @service AND key_string = @key", connection);
        command.Parameters.AddWithValue("service", storage.ServiceId);
        command.Parameters.AddWithValue("key", grainKey);
        return await command.ExecuteScalarAsync().WaitAsync(Eventually.DefaultTimeout) as byte[]
            ?? throw new InvalidOperationException($"No row holds {grainKey}.");
    }

    private static async Task<byte[]> ReadBlobAsync(ClusterStorage storage, string activityId)
    {
        // The silo names its containers "<service id, letters and digits only>-<storage name>".
        var prefix = new string(storage.ServiceId.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        var container = new BlobContainerClient(storage.AzureConnectionString, $"{prefix}-{StorageNames.Activities}");
        var name = await FindAsync(container, activityId).WaitAsync(Eventually.DefaultTimeout)
            ?? throw new InvalidOperationException($"No blob holds activity {activityId}.");
        var content = await container.GetBlobClient(name).DownloadContentAsync().WaitAsync(Eventually.DefaultTimeout);
        return content.Value.Content.ToArray();
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
