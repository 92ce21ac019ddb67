using System.Text.Json;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Bench.Bare;

/// <summary>
/// <c>--scenario bare</c>: the product node on PostgreSQL and the bare path (<see cref="BareHost"/>), a
/// room of the same size on each, the same dot-vote bursts taking turns, and one JSON line comparing the
/// server CPU each vote costs (<see cref="BareComparison"/>).
/// </summary>
public static class BareScenario
{
    public const string Name = "bare";

    public static async Task RunAsync(BenchOptions options)
    {
        options = options with { Activity = CulturePrioritiesKind.Name };
        BenchLog.Write($"starting a node on {StorageModes.PostgreSql} and the bare path");
        await using var product = await ServerUnderTest.StartAsync(StorageModes.PostgreSql);
        await using var bare = await BareServer.StartAsync();
        await using var productRoom = await BenchRoom.OpenAsync(product.BaseAddress, options, product.Stats);
        await using var bareRoom = await BenchRoom.OpenAsync(bare.BaseAddress, options, bare.Stats);

        // Warm-up first, as for the standard bursts; then the rooms take turns burst for burst, so that
        // both meet the same moments of a shared machine and their ratio does not depend on which ran
        // while something else was busy.
        var warmup = options.Warmup ? BenchOptions.WarmupBursts : 0;
        var productBursts = new List<BurstMeasurement>();
        var bareBursts = new List<BurstMeasurement>();
        for (var round = 0; round < warmup + options.Bursts; round++)
        {
            var productBurst = await productRoom.BurstAsync(round);
            var bareBurst = await bareRoom.BurstAsync(round);
            if (round >= warmup)
            {
                productBursts.Add(productBurst);
                bareBursts.Add(bareBurst);
            }
        }

        var result = BareComparison.Of(options.Participants, productBursts, bareBursts);
        Console.WriteLine(JsonSerializer.Serialize(result));
        BenchLog.Write($"target: server CPU per vote at most {BareComparison.Target}x the bare path's; " +
            $"{result.CpuRatio}x: {(result.TargetMet ? "PASS" : "FAIL")}");
    }
}
