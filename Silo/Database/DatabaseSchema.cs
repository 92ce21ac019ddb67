using System.Reflection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AntiLeadership.Live.Silo.Database;

/// <summary>
/// Creates and upgrades the PostgreSQL schema that Orleans' ADO.NET providers need: the NuGet packages
/// ship none, so the product brings its own (the numbered .sql files beside this class, embedded in
/// the assembly). Each file runs once, in order, in one transaction with its record in
/// <c>antileadership_schema</c>; an advisory lock lets several nodes start at once against one database.
/// </summary>
public static class DatabaseSchema
{
    // Any fixed number: it names "the schema upgrade" among PostgreSQL's advisory locks.
    private const long UpgradeLock = 0x416e74694c656164;

    /// <summary>Brings the database up to the newest schema; returns the versions it applied.</summary>
    public static async Task<IReadOnlyList<int>> UpgradeAsync(string connectionString, ILogger logger, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({UpgradeLock})", cancellation);
        await ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS antileadership_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
            cancellation);

        await using var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM antileadership_schema", connection, transaction);
        var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellation));
        var applied = new List<int>();
        foreach (var step in ReadSteps().Where(s => s.Version > current))
        {
            await ExecuteAsync(connection, transaction, step.Sql, cancellation);
            await using var record = new NpgsqlCommand("INSERT INTO antileadership_schema (version, name) VALUES (@version, @name)", connection, transaction);
            record.Parameters.AddWithValue("version", step.Version);
            record.Parameters.AddWithValue("name", step.Name);
            await record.ExecuteNonQueryAsync(cancellation);
            applied.Add(step.Version);
        }

        await transaction.CommitAsync(cancellation);
        if (applied.Count > 0)
        {
            logger.LogInformation("Database schema upgraded from version {From} to {To}", current, applied[^1]);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellation)
    {
        // Longer than the connection's fail-fast default: another node may hold the lock while it upgrades.
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 60 };
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>The embedded steps, "001-grain-state.sql" and on, ordered by their number.</summary>
    private static IEnumerable<(int Version, string Name, string Sql)> ReadSteps()
    {
        var assembly = typeof(DatabaseSchema).Assembly;
        const string prefix = "AntiLeadership.Live.Silo.Database.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Select(name => (Version: int.Parse(name[..3], System.Globalization.CultureInfo.InvariantCulture), Name: name, Sql: Read(assembly, prefix + name)))
            .OrderBy(s => s.Version);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
