using Npgsql;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// What the programmes scenario reads from the node's PostgreSQL database, and only reads: its size, its
/// grain rows by grain type, and how many rows are left under a team's keys (each grain's row is keyed by
/// the grain's own key, see Silo/Database/001-grain-state.sql).
/// </summary>
public sealed class StoredProgrammes(NpgsqlDataSource database) : IAsyncDisposable
{
    private const double Mb = 1024 * 1024;

    public static StoredProgrammes Open(BenchStorage storage)
    {
        const string setting = "--Cluster:Database=";
        var connection = storage.NodeArguments.Single(a => a.StartsWith(setting, StringComparison.Ordinal))[setting.Length..];
        return new StoredProgrammes(NpgsqlDataSource.Create(connection));
    }

    /// <summary>The whole database, the grain table with its index, and the stored payloads alone, in MB.</summary>
    public async Task<(double Database, double GrainTable, double Payloads)> SizesAsync()
    {
        await using var command = database.CreateCommand(
            "SELECT pg_database_size(current_database()), pg_total_relation_size('grain_state'), (SELECT coalesce(sum(octet_length(payload)), 0) FROM grain_state)");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0) / Mb, reader.GetInt64(1) / Mb, reader.GetInt64(2) / Mb);
    }

    /// <summary>Per grain type (the part of its name after the last dot): rows and stored payload bytes.</summary>
    public async Task<IReadOnlyDictionary<string, (long Rows, long Bytes)>> ByGrainTypeAsync()
    {
        await using var command = database.CreateCommand(
            "SELECT grain_type, count(*), coalesce(sum(octet_length(payload)), 0) FROM grain_state GROUP BY grain_type ORDER BY 3 DESC");
        await using var reader = await command.ExecuteReaderAsync();
        var types = new Dictionary<string, (long, long)>();
        while (await reader.ReadAsync())
        {
            var type = reader.GetString(0);
            types[type[(type.LastIndexOf('.') + 1)..]] = (reader.GetInt64(1), reader.GetInt64(2));
        }

        return types;
    }

    /// <summary>The rows stored under any of <paramref name="keys"/>.</summary>
    public async Task<long> RowsAsync(IEnumerable<string> keys)
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM grain_state WHERE key_string = ANY(@keys)");
        command.Parameters.AddWithValue("keys", keys.ToArray());
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
