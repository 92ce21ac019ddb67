using System.Text.Json;
using AntiLeadership.Live.Bench;

// Runs the standard burst against a durable server it starts (or the one given with --server), then
// the same burst against memory storage as this machine's ceiling, and prints one JSON line.
var options = BenchOptions.Parse(args);
BenchResult result;
if (options.Server is { } given)
{
    // Not a process of ours: it cannot be measured or restarted, so its votes are read back as it runs.
    var (measured, bursts) = await WarmThenMeasureAsync(given, () => null);
    result = await CheckStoredAsync(given, measured, bursts, durabilityChecked: false);
}
else
{
    await using (var durable = await ServerUnderTest.StartAsync(durable: true))
    {
        var (measured, bursts) = await WarmThenMeasureAsync(durable.BaseAddress, () => Stats(durable));

        // Only after every measurement: a crash, then a fresh process on the same Azurite, so what is read
        // back is what storage kept, not what the live grains still held in memory.
        BenchLog.Write("killing the server and starting it again on the same storage");
        await durable.CrashAndRestartAsync();
        result = await CheckStoredAsync(durable.BaseAddress, measured, bursts, durabilityChecked: true);
    }

    if (options.Ceiling)
    {
        await using var memory = await ServerUnderTest.StartAsync(durable: false);
        var (ceiling, bursts) = await WarmThenMeasureAsync(memory.BaseAddress, () => Stats(memory));

        // Memory storage cannot survive a restart, so the ceiling's votes are read back from the running
        // server: a check of the vote path, not of durability (and not part of the summary).
        await CheckStoredAsync(memory.BaseAddress, ceiling, bursts, durabilityChecked: false);
        result = result with { CeilingVotesPerS = ceiling.VotesPerS, CeilingAckP99Ms = ceiling.AckP99Ms };
    }
}

Console.WriteLine(JsonSerializer.Serialize(result));

// The first burst on a fresh process runs while the JIT is still compiling the hot paths, in the
// server and in the simulated phones alike; a server in a room has long been warm when its thousand
// people vote. So a first, unmeasured burst in another session warms both, and only its p99 is kept
// (cold_ack_p99_ms). Its votes are read back and checked with the measured burst's.
async Task<(BenchResult, AcknowledgedVotes[])> WarmThenMeasureAsync(Uri server, Func<ServerStats?> stats)
{
    if (!options.Warmup)
    {
        var (only, acknowledged) = await BurstRun.RunAsync(server, options, stats);
        return (only, [acknowledged]);
    }

    var (warmup, warmupVotes) = await BurstRun.RunAsync(server, options with { Participants = Math.Min(options.Participants, BenchOptions.WarmupParticipants) }, stats);
    var (measured, measuredVotes) = await BurstRun.RunAsync(server, options, stats);
    return (measured with { ColdAckP99Ms = warmup.AckP99Ms }, [warmupVotes, measuredVotes]);
}

static async Task<BenchResult> CheckStoredAsync(Uri server, BenchResult measured, AcknowledgedVotes[] bursts, bool durabilityChecked)
{
    int lost = 0, duplicates = 0;
    foreach (var burst in bursts)
    {
        var (burstLost, burstDuplicates) = await StoredVotes.CheckAsync(server, burst);
        lost += burstLost;
        duplicates += burstDuplicates;
    }

    return measured with { VotesLost = lost, Duplicates = duplicates, DurabilityChecked = durabilityChecked };
}

static ServerStats Stats(ServerUnderTest server) =>
    new(ProcessStats.PeakRssMb(server.Node.Id), ProcessStats.CpuSeconds(server.Node.Id),
        server.Storage is { } storage ? ProcessStats.CpuSeconds(storage.Id) : 0);
