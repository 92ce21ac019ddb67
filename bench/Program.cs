using System.Text.Json;
using AntiLeadership.Live.Bench;

// Runs the standard burst against a durable server it starts (or the one given with --server), then
// the same burst against memory storage as this machine's ceiling, and prints one JSON line.
var options = BenchOptions.Parse(args);
BenchResult result;
if (options.Server is { } given)
{
    result = await WarmThenMeasureAsync(given, () => (0, 0, 0));
}
else
{
    await using (var durable = await ServerUnderTest.StartAsync(durable: true))
    {
        result = await WarmThenMeasureAsync(durable.BaseAddress, () => Stats(durable));
    }

    if (options.Ceiling)
    {
        await using var memory = await ServerUnderTest.StartAsync(durable: false);
        var ceiling = await WarmThenMeasureAsync(memory.BaseAddress, () => Stats(memory));
        result = result with { CeilingVotesPerS = ceiling.VotesPerS, CeilingAckP99Ms = ceiling.AckP99Ms };
    }
}

Console.WriteLine(JsonSerializer.Serialize(result));

// The first burst on a fresh process runs while the JIT is still compiling the hot paths, in the
// server and in the simulated phones alike; a server in a room has long been warm when its thousand
// people vote. So a first, unmeasured burst in another session warms both, and only its p99 is kept
// (cold_ack_p99_ms). Anything it lost or counted twice still counts.
async Task<BenchResult> WarmThenMeasureAsync(Uri server, Func<(double, double, double)> stats)
{
    if (!options.Warmup)
    {
        return await BurstRun.RunAsync(server, options, stats);
    }

    var warmup = await BurstRun.RunAsync(server, options with { Participants = Math.Min(options.Participants, BenchOptions.WarmupParticipants) }, stats);
    var measured = await BurstRun.RunAsync(server, options, stats);
    return measured with
    {
        VotesLost = measured.VotesLost + warmup.VotesLost,
        Duplicates = measured.Duplicates + warmup.Duplicates,
        ColdAckP99Ms = warmup.AckP99Ms,
    };
}

static (double, double, double) Stats(ServerUnderTest server) =>
    (ProcessStats.PeakRssMb(server.Node.Id), ProcessStats.CpuSeconds(server.Node.Id),
        server.Storage is { } storage ? ProcessStats.CpuSeconds(storage.Id) : 0);
