using System.Diagnostics;
using System.Text.Json;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// An organisation's day on one co-hosting node on PostgreSQL (issue 16 §1): many teams' rooms open at
/// once, each its own workshop of one kind (<see cref="RoomRotation"/>) with its console, board and
/// phones, each room's bursts starting at random moments within a window (seeded, so runs repeat).
/// Then the rooms sit quiet, everyone leaves, the node sits idle, and after a crash and restart every
/// room's acknowledged inputs are read back.
/// </summary>
public static class OrganisationDay
{
    public const string Scenario = "organisation";

    private const int DefaultRooms = 200;
    private const int Seed = 16;
    private const double AckP99TargetMs = 250;
    private const double BoardConvergeTargetMs = 300;
    private const double IdleRssTolerance = 1.25;

    public static async Task RunAsync(BenchOptions options)
    {
        var roomCount = options.Rooms ?? DefaultRooms;
        var idle = TimeSpan.FromSeconds(options.IdleS);
        BenchLog.Write($"an organisation's day: {roomCount} rooms of {options.RoomSize}, bursts within {options.WindowS} s");
        await using var server = await RoomRotation.StartWarmAsync(options);
        var before = await NodeReading.ReadAsync(server);

        BenchLog.Write($"opening {roomCount} rooms");
        var rooms = await RoomRotation.OpenAsync(server, options, Enumerable.Range(0, roomCount));
        SimulatedClientsHeap.Settle();
        var random = new Random(Seed);
        var starts = rooms.Select(_ => Enumerable.Range(0, options.Bursts).Select(_ => TimeSpan.FromSeconds(random.NextDouble() * options.WindowS)).Order().ToArray())
            .ToArray();
        var cpuBefore = ProcessStats.CpuSeconds(server.Node.Id);
        var storageCpuBefore = server.Storage.CpuSeconds();
        var day = Stopwatch.StartNew();
        var days = await Task.WhenAll(rooms.Select(async (room, r) =>
        {
            var bursts = new List<BurstMeasurement>();
            foreach (var start in starts[r])
            {
                // The room's schedule, not a wait for a condition: its people vote when their facilitator asks.
                if (start - day.Elapsed is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait);
                }

                bursts.Add(await room.BurstAsync(bursts.Count));
            }

            return new RoomDay(room.Activity, bursts);
        }));
        var dayLength = day.Elapsed.TotalSeconds;
        var serverCpu = ProcessStats.CpuSeconds(server.Node.Id) - cpuBefore;
        var storageCpu = server.Storage.CpuSeconds() - storageCpuBefore;
        var peakRss = ProcessStats.PeakRssMb(server.Node.Id);
        var afterDay = await NodeReading.ReadAsync(server);

        BenchLog.Write($"the day took {dayLength:0.0} s; every room quiet for {idle.TotalSeconds} s");
        await Task.Delay(idle);
        var quiet = await NodeReading.ReadAsync(server);
        BenchLog.Write($"closing the rooms; the node idle for {idle.TotalSeconds} s");
        await RoomRotation.CloseAsync(rooms);
        await Task.Delay(idle);
        var idleReading = await NodeReading.ReadAsync(server);

        var (lost, duplicates) = await RoomRotation.CrashAndReadBackAsync(server, rooms.Select(r => r.Acknowledged));

        var pooled = DayFigures.Of(days);
        var passed = lost == 0 && duplicates == 0 && pooled.WorstRoomAckP99Ms <= AckP99TargetMs && pooled.BoardConvergeMs <= BoardConvergeTargetMs
            && idleReading.RssMb <= before.RssMb * IdleRssTolerance;
        var result = new OrganisationResult(
            Scenario, roomCount, options.RoomSize, options.Bursts, options.WindowS, options.IdleS, lost, duplicates, DurabilityChecked: true,
            pooled, DayFigures.ByKind(days), Math.Round(dayLength, 1), Math.Round(pooled.Votes / dayLength, 1),
            Math.Round(serverCpu * 1000 / pooled.Votes, 3), Math.Round(storageCpu * 1000 / pooled.Votes, 3),
            Math.Round(peakRss, 1), Math.Round((peakRss - before.RssMb) * 1024 / (roomCount * options.RoomSize), 1),
            Math.Round(before.RssMb, 1), Math.Round(afterDay.RssMb, 1), Math.Round(quiet.RssMb, 1), Math.Round(idleReading.RssMb, 1),
            before.Activations, afterDay.Activations, quiet.Activations, idleReading.Activations, passed);
        Console.Error.WriteLine(
            $"[bench] {(passed ? "PASS" : "FAIL")}: {lost} lost (target 0), {duplicates} duplicates (0), worst room's ack p99 {pooled.WorstRoomAckP99Ms} ms (≤ {AckP99TargetMs}), " +
            $"worst room's board convergence {pooled.BoardConvergeMs} ms (≤ {BoardConvergeTargetMs}), idle RSS {idleReading.RssMb:0} MB (≤ {before.RssMb * IdleRssTolerance:0}: 125% of {before.RssMb:0} before the day)");
        Console.WriteLine(JsonSerializer.Serialize(result));
    }
}
