using AntiLeadership.Live.Silo.Database;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace AntiLeadership.Live.Tests.Persistence;

/// <summary>The schema the nodes create and upgrade themselves on start, against a database of its own.</summary>
public sealed class DatabaseSchemaTests
{
    [Fact]
    public async Task Nodes_starting_together_on_an_empty_database_apply_each_schema_step_exactly_once()
    {
        await using var postgres = await Postgres.StartNewAsync();

        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            DatabaseSchema.UpgradeAsync(postgres.ConnectionString, NullLogger.Instance, CancellationToken.None))).WaitAsync(TimeSpan.FromMinutes(1));
        var later = await DatabaseSchema.UpgradeAsync(postgres.ConnectionString, NullLogger.Instance, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        var recorded = await postgres.QueryAsync<int>("SELECT version FROM antileadership_schema ORDER BY version");
        Assert.Equal([1, 2, 3, 4], recorded);
        Assert.Equal(recorded, together.SelectMany(applied => applied).Order());
        Assert.Empty(later);
        // Every query the providers look up is there, once.
        var queries = await postgres.QueryAsync<string>("SELECT querykey FROM orleansquery ORDER BY querykey");
        Assert.Contains("WriteToStorageKey", queries);
        Assert.Contains("ReadFromStorageKey", queries);
        Assert.Contains("MembershipReadAllKey", queries);
        Assert.Equal(queries.Distinct().Count(), queries.Count);
        // Grain state is compressed with lz4 (Debian's server has it).
        Assert.Equal(["l"], await postgres.QueryAsync<string>(
            "SELECT attcompression::text FROM pg_attribute WHERE attrelid = 'grain_state'::regclass AND attname = 'payload'"));
    }
}
