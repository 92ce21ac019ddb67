using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// A long day without drift (issue 16 §4): on one node on PostgreSQL, rooms keep opening, running a few
/// bursts, closing and leaving, several alive at once and staggered, for <c>--minutes</c>. The node's
/// memory, threads and open connections are sampled every 10 s; the end of the day is compared with
/// its beginning. Then a crash and restart, and every closed room's acknowledged inputs are read back.
/// </summary>
public static class LongDay
{
    public const string Scenario = "soak";

    private const int DefaultRoomsAtOnce = 8;
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Stagger = TimeSpan.FromSeconds(3);

    /// <summary>The span compared at either end: ten minutes, or a third of a shorter day.</summary>
    private static readonly TimeSpan LongestCompared = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(BenchOptions options)
    {
        var lanes = options.Rooms ?? DefaultRoomsAtOnce;
        var length = TimeSpan.FromMinutes(options.Minutes);
        BenchLog.Write($"a long day: {options.Minutes} min, {lanes} rooms of {options.RoomSize} at once");
        await using var server = await RoomRotation.StartWarmAsync(options);

        var closed = new ConcurrentBag<AcknowledgedVotes>();
        var days = new ConcurrentBag<RoomDay>();
        var samples = new List<NodeSample>();
        var clock = Stopwatch.StartNew();
        using var stopSampling = new CancellationTokenSource();
        var sampling = SampleAsync(server, clock, samples, stopSampling.Token);
        var opened = -1;
        await Task.WhenAll(Enumerable.Range(0, lanes).Select(async lane =>
        {
            // The schedule of the day, not a wait for a condition: rooms begin a few seconds apart.
            await Task.Delay(Stagger * lane);
            while (clock.Elapsed < length)
            {
                var number = Interlocked.Increment(ref opened);
                var room = (await RoomRotation.OpenAsync(server, options, [number]))[0];
                var bursts = new List<BurstMeasurement>();
                for (var round = 0; round < options.Bursts; round++)
                {
                    bursts.Add(await room.BurstAsync(round));
                }

                await RoomRotation.CloseAsync([room]);
                closed.Add(room.Acknowledged);
                days.Add(new RoomDay(room.Activity, bursts));
            }
        }));
        await stopSampling.CancelAsync();
        await sampling;
        var errorLines = server.ErrorLines;
        BenchLog.Write($"{closed.Count} rooms came and went in {clock.Elapsed.TotalMinutes:0.0} min; the node logged {errorLines} errors");

        var (lost, duplicates) = await RoomRotation.CrashAndReadBackAsync(server, closed);

        var compared = TimeSpan.FromTicks(Math.Min(LongestCompared.Ticks, clock.Elapsed.Ticks / 3));
        var first = samples.Where(s => s.AtS <= compared.TotalSeconds).ToArray();
        var last = samples.Where(s => s.AtS >= samples[^1].AtS - compared.TotalSeconds).ToArray();
        var rss = Trend(first, last, s => s.RssMb);
        var threads = Trend(first, last, s => s.Threads);
        var connections = Trend(first, last, s => s.Connections);
        var result = new LongDayResult(
            Scenario, options.Minutes, lanes, options.RoomSize, options.Bursts, closed.Count, lost, duplicates, DurabilityChecked: true,
            DayFigures.Of(days.ToArray()), samples.Count, Math.Round(compared.TotalMinutes, 1),
            rss.First, rss.Last, rss.Ratio, threads.First, threads.Last, threads.Ratio, connections.First, connections.Last, connections.Ratio, errorLines);
        Console.WriteLine(JsonSerializer.Serialize(result));
    }

    private static async Task SampleAsync(ServerUnderTest server, Stopwatch clock, List<NodeSample> samples, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(SampleEvery);
        while (await Next(timer, stop))
        {
            var sample = NodeSample.Read(server, Math.Round(clock.Elapsed.TotalSeconds, 1));
            samples.Add(sample);
            BenchLog.Write($"node at {sample.AtS:0} s: {sample.RssMb:0} MB resident, {sample.Threads} threads, {sample.Connections} connections");
        }
    }

    private static async Task<bool> Next(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static (double First, double Last, double Ratio) Trend(NodeSample[] first, NodeSample[] last, Func<NodeSample, double> value)
    {
        double firstMean = first.Average(value), lastMean = last.Average(value);
        return (Math.Round(firstMean, 1), Math.Round(lastMean, 1), firstMean == 0 ? 0 : Math.Round(lastMean / firstMean, 3));
    }
}
