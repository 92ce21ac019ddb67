using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// <c>--scenario intake</c>: one large session on two co-hosting nodes of one cluster (one PostgreSQL
/// database), its phones spread over both as a proxy would spread them, running the standard bursts
/// against one dot vote whose intake goes to <c>--intake-shards K</c> shards (1: the vote's own grain, as
/// before shards). The same run with K = 1 and K &gt; 1 compares one grain with shards placed on both
/// nodes. Afterwards both nodes are killed (SIGKILL) and a fresh one reads every acknowledged ballot back
/// from the database: the vote's count after a restart comes from the shards' stored tallies.
/// </summary>
public static class IntakeDay
{
    public const string Scenario = "intake";

    public static async Task<IntakeResult> RunAsync(BenchOptions options)
    {
        await using var storage = await BenchStorage.StartAsync(StorageModes.PostgreSql);
        string[] settings = ["--Cluster:Clustering=PostgreSql", options.IntakeSetting];
        BenchLog.Write($"starting two nodes of one cluster, dot votes on {options.IntakeShards} intake shard(s)");
        await using var first = await ServerUnderTest.StartSharingAsync(storage, settings);
        await using var second = await ServerUnderTest.StartSharingAsync(storage, settings);
        ServerUnderTest[] nodes = [first, second];
        var room = await BenchRoom.OpenAsync(first.BaseAddress, options, () => Both(nodes), [.. nodes.Select(n => n.BaseAddress)]);

        var measured = new List<BurstMeasurement>();
        double[] cpuBefore = [];
        var storageBefore = 0.0;
        for (var round = 0; round < BenchOptions.WarmupBursts + options.Bursts; round++)
        {
            if (round == BenchOptions.WarmupBursts)
            {
                cpuBefore = [.. nodes.Select(n => n.Stats().CpuS)];
                storageBefore = storage.CpuSeconds();
            }

            var burst = await room.BurstAsync(round);
            if (round >= BenchOptions.WarmupBursts)
            {
                measured.Add(burst);
            }
        }

        double[] nodeCpu = [.. nodes.Select((n, i) => Math.Round(n.Stats().CpuS - cpuBefore[i], 2))];
        var storageCpu = Math.Round(storage.CpuSeconds() - storageBefore, 2);
        var summary = BurstSummary.Summarise(options.Participants, measured);
        var acknowledged = room.Acknowledged;
        await room.DisposeAsync();

        BenchLog.Write("killing both nodes and starting a fresh one on the same database");
        await first.KillAsync();
        await second.KillAsync();
        await using var fresh = await ServerUnderTest.StartSharingAsync(storage, settings);
        var (lost, duplicates) = await StoredVotes.CheckAsync(fresh.BaseAddress, acknowledged);

        return new IntakeResult(Scenario, options.IntakeShards, nodes.Length, options.Participants, summary.Votes, summary.Bursts,
            summary.VotesPerS, summary.AckP50Ms, summary.AckP99Ms, summary.BoardConvergeMs, nodeCpu, storageCpu, lost, duplicates, DurabilityChecked: true);
    }

    private static ServerStats Both(ServerUnderTest[] nodes)
    {
        var stats = nodes.Select(n => n.Stats()).ToArray();
        return new ServerStats(stats.Sum(s => s.PeakRssMb), stats.Sum(s => s.CpuS), stats[0].StorageCpuS);
    }
}
