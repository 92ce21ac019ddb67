using System.Text.Json;
using AntiLeadership.Live.Bench;

// Runs the standard burst against a durable server it starts (or the one given with --server), then
// the same burst against memory storage as this machine's ceiling, and prints one JSON line.
var options = BenchOptions.Parse(args);
BenchResult result;
if (options.Server is { } given)
{
    result = await BurstRun.RunAsync(given, options, () => (0, 0));
}
else
{
    await using (var durable = await ServerUnderTest.StartAsync(durable: true))
    {
        result = await BurstRun.RunAsync(durable.BaseAddress, options, () => Stats(durable));
    }

    if (options.Ceiling)
    {
        await using var memory = await ServerUnderTest.StartAsync(durable: false);
        var ceiling = await BurstRun.RunAsync(memory.BaseAddress, options, () => Stats(memory));
        result = result with { CeilingVotesPerS = ceiling.VotesPerS, CeilingAckP99Ms = ceiling.AckP99Ms };
    }
}

Console.WriteLine(JsonSerializer.Serialize(result));

static (double, double) Stats(ServerUnderTest server) =>
    (ProcessStats.PeakRssMb(server.Node.Id), ProcessStats.CpuSeconds(server.Node.Id));
