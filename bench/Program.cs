using System.Text.Json;
using AntiLeadership.Live.Bench;

// Runs the standard bursts against a durable server it starts (or the one given with --server) and,
// burst for burst in turn, against memory storage as this machine's ceiling, and prints one JSON line.
var options = BenchOptions.Parse(args);
BenchResult result;
if (options.Server is { } given)
{
    // Not a process of ours: it cannot be measured or restarted, so its votes are read back as it runs.
    await using var room = await BenchRoom.OpenAsync(given, options, () => null);
    var (measured, _) = await BurstsAsync(room, null);
    result = await CheckStoredAsync(given, measured, room.Acknowledged, durabilityChecked: false);
}
else
{
    await using var durable = await ServerUnderTest.StartAsync(durable: true);
    await using var memory = options.Ceiling ? await ServerUnderTest.StartAsync(durable: false) : null;
    var durableRoom = await BenchRoom.OpenAsync(durable.BaseAddress, options, () => Stats(durable));
    var memoryRoom = memory is null ? null : await BenchRoom.OpenAsync(memory.BaseAddress, options, () => Stats(memory));
    var (measured, ceiling) = await BurstsAsync(durableRoom, memoryRoom);

    if (memory is not null && memoryRoom is not null && ceiling is not null)
    {
        // Memory storage cannot survive a restart, so the ceiling's votes are read back from the running
        // server: a check of the vote path, not of durability (and not part of the summary).
        await memoryRoom.DisposeAsync();
        await StoredVotes.CheckAsync(memory.BaseAddress, memoryRoom.Acknowledged);
        await memory.DisposeAsync();
        measured = measured with { CeilingVotesPerS = ceiling.VotesPerS, CeilingAckP99Ms = ceiling.AckP99Ms };
    }

    // Only after every measurement: a crash, then a fresh process on the same Azurite, so what is read
    // back is what storage kept, not what the live grains still held in memory.
    await durableRoom.DisposeAsync();
    BenchLog.Write("killing the server and starting it again on the same storage");
    await durable.CrashAndRestartAsync();
    result = await CheckStoredAsync(durable.BaseAddress, measured, durableRoom.Acknowledged, durabilityChecked: true);
}

Console.WriteLine(JsonSerializer.Serialize(result));

// The first bursts on a fresh process run while the JIT is still compiling the hot paths, and then
// re-compiling the framework's precompiled code once it is hot, in the server and in the simulated phones
// alike; a server in a room has long been warm when its people vote. So the first bursts are not measured
// and only the very first one's p99 is kept (cold_ack_p99_ms). The durable and the ceiling rooms then take
// turns, burst for burst, so that both meet the same moments of a shared machine and their ratio does
// not depend on which of them ran while something else was busy.
async Task<(BenchResult Durable, BenchResult? Ceiling)> BurstsAsync(BenchRoom durable, BenchRoom? ceiling)
{
    var rooms = ceiling is null ? [durable] : new[] { durable, ceiling };
    var bursts = rooms.Select(_ => new List<BurstMeasurement>()).ToArray();
    var cold = new double?[rooms.Length];
    var warmup = options.Warmup ? BenchOptions.WarmupBursts : 0;
    for (var round = 0; round < warmup + options.Bursts; round++)
    {
        for (var r = 0; r < rooms.Length; r++)
        {
            var burst = await rooms[r].BurstAsync(round);
            if (round == 0)
            {
                cold[r] = BurstSummary.P99(burst);
            }

            if (round >= warmup)
            {
                bursts[r].Add(burst);
            }
        }
    }

    var results = bursts.Select((measured, r) => BurstSummary.Summarise(options.Participants, measured) with { ColdAckP99Ms = cold[r] }).ToArray();
    return (results[0], ceiling is null ? null : results[1]);
}

static async Task<BenchResult> CheckStoredAsync(Uri server, BenchResult measured, AcknowledgedVotes votes, bool durabilityChecked)
{
    var (lost, duplicates) = await StoredVotes.CheckAsync(server, votes);
    return measured with { VotesLost = lost, Duplicates = duplicates, DurabilityChecked = durabilityChecked };
}

static ServerStats Stats(ServerUnderTest server) =>
    new(ProcessStats.PeakRssMb(server.Node.Id), ProcessStats.CpuSeconds(server.Node.Id),
        server.Storage is { } storage ? ProcessStats.CpuSeconds(storage.Id) : 0);
