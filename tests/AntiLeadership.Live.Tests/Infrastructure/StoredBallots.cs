using System.Text.Json;
using System.Text.Json.Nodes;
using AntiLeadership.Live.Grains;
using AntiLeadership.Live.Silo;
using Azure.Storage.Blobs;
using Npgsql;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// Reads an activity's ballots straight from storage (its rows in PostgreSQL, or its blobs in Azure
/// Storage): what is stored, whatever any node holds in memory. The activity's full state is applied
/// with the journal slots written after it, as the grain does when it loads. A participant appears once,
/// because ballots are keyed by participant.
/// </summary>
public static class StoredBallots
{
    private const string JournalMark = "-journal-";

    // As the silo writes it: letters outside ASCII as they are, so sizes compare with what is stored.
    private static readonly JsonSerializerOptions AsStored = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<Dictionary<string, Dictionary<string, int>>> ReadAsync(ClusterStorage storage, string activityId)
    {
        using var json = JsonDocument.Parse(await ReadStateAsync(storage, activityId, "Ballots"));
        return json.RootElement.GetProperty("Ballots").EnumerateObject().ToDictionary(
            ballot => ballot.Name,
            ballot => ballot.Value.GetProperty("Dots").Deserialize<Dictionary<string, int>>()!);
    }

    /// <summary>
    /// The activity's state as storage holds it (plain JSON): its full state with the journal's entries
    /// applied under <paramref name="entries"/>, the kind's name for its participants' entries.
    /// </summary>
    public static async Task<byte[]> ReadStateAsync(ClusterStorage storage, string activityId, string entries)
    {
        var records = await ReadRecordsAsync(storage, activityId);
        var state = JsonNode.Parse(records.Single(r => !r.Name.Contains(JournalMark, StringComparison.Ordinal)).Payload)!.AsObject();
        var slots = records.Where(r => r.Name.Contains(JournalMark, StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Payload)!.AsObject())
            .ToDictionary(slot => (long)slot["Sequence"]!);
        for (var next = (long?)state["JournalSequence"] + 1 ?? 1; slots.TryGetValue(next, out var slot); next++)
        {
            foreach (var (participantId, entry) in slot["Entries"]!.AsObject())
            {
                state[entries]![participantId] = entry!.DeepClone();
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(state, AsStored);
    }

    /// <summary>The activity's full state as written (plain JSON), from its row in the grain-state table.</summary>
    public static async Task<byte[]> ReadRowAsync(ClusterStorage storage, string grainKey) =>
        (await ReadRowsAsync(storage, grainKey)).Single(r => !r.Name.Contains(JournalMark, StringComparison.Ordinal)).Payload;

    /// <summary>Every row stored under <paramref name="grainKey"/> (the full state and each journal slot), named by state; none when nothing is stored.</summary>
    public static async Task<IReadOnlyList<StoredRecord>> ReadRowsAsync(ClusterStorage storage, string grainKey)
    {
        await using var connection = new NpgsqlConnection(storage.Database);
        await connection.OpenAsync().WaitAsync(Eventually.DefaultTimeout);
        await using var command = new NpgsqlCommand("SELECT grain_type, payload FROM grain_state WHERE service_id = @service AND key_string = @key", connection);
        command.Parameters.AddWithValue("service", storage.ServiceId);
        command.Parameters.AddWithValue("key", grainKey);
        await using var reader = await command.ExecuteReaderAsync().WaitAsync(Eventually.DefaultTimeout);
        var rows = new List<StoredRecord>();
        while (await reader.ReadAsync().WaitAsync(Eventually.DefaultTimeout))
        {
            rows.Add(new StoredRecord(reader.GetString(0), reader.IsDBNull(1) ? [] : (byte[])reader[1]));
        }

        return rows;
    }

    private static Task<IReadOnlyList<StoredRecord>> ReadRecordsAsync(ClusterStorage storage, string activityId) =>
        storage.Storage == StorageModes.PostgreSql ? ReadRowsAsync(storage, activityId) : ReadBlobsAsync(storage, activityId);

    private static async Task<IReadOnlyList<StoredRecord>> ReadBlobsAsync(ClusterStorage storage, string activityId)
    {
        // The silo names its containers "<service id, letters and digits only>-<storage name>".
        var prefix = new string(storage.ServiceId.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        var container = new BlobContainerClient(storage.AzureConnectionString, $"{prefix}-{StorageNames.Activities}");
        var blobs = new List<StoredRecord>();
        await foreach (var blob in container.GetBlobsAsync().WithCancellation(TestContext.Current.CancellationToken))
        {
            if (blob.Name.Contains(activityId, StringComparison.OrdinalIgnoreCase))
            {
                var content = await container.GetBlobClient(blob.Name).DownloadContentAsync().WaitAsync(Eventually.DefaultTimeout);
                blobs.Add(new StoredRecord(blob.Name, content.Value.Content.ToArray()));
            }
        }

        return blobs.Count > 0 ? blobs : throw new InvalidOperationException($"No blob holds activity {activityId}.");
    }
}
