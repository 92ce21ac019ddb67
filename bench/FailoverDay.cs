using System.Diagnostics;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Silo;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// <c>--scenario failover</c>: two co-hosting nodes, one cluster on one PostgreSQL database, rooms whose
/// phones are spread over both as the deployment guide's proxy spreads them. First everyone votes as
/// fast as they are answered (<c>--busy-seconds</c>): the machine is full, and a node declared dead in
/// that time would be a false alarm of the failure detection. Then the phones vote about once a second,
/// and the first node is killed (SIGKILL) in the middle of it. Measured: how long each room's votes
/// stalled, how soon every phone of the dead node was back with the room's state on the other node
/// (through the proxy, simulated: a phone reconnects to the live node), what the survivor logged, and,
/// after a crash and restart of the survivor, whether every acknowledged vote is stored exactly once.
/// </summary>
public static class FailoverDay
{
    private const int DefaultRooms = 20;
    private static readonly TimeSpan VotingAfterKill = TimeSpan.FromSeconds(25);
    private static readonly TimeSpan VotingBeforeKill = TimeSpan.FromSeconds(5);

    public static async Task<FailoverResult> RunAsync(BenchOptions options)
    {
        await using var storage = await BenchStorage.StartAsync(StorageModes.PostgreSql);
        string[] cluster = ["--Cluster:Clustering=PostgreSql"];
        BenchLog.Write("starting two nodes of one cluster");
        await using var doomed = await ServerUnderTest.StartSharingAsync(storage, cluster);
        await using var survivor = await ServerUnderTest.StartSharingAsync(storage, cluster);
        ServerUnderTest[] nodes = [doomed, survivor];
        var clock = Stopwatch.StartNew();
        var kind = new CulturePrioritiesBench();

        var roomCount = options.Rooms ?? DefaultRooms;
        BenchLog.Write($"opening {roomCount} rooms of {options.RoomSize}, their phones on both nodes");
        var rooms = new List<FailoverRoom>();
        for (var r = 0; r < roomCount; r++)
        {
            rooms.Add(await FailoverRoom.OpenAsync(nodes.Select(n => n.BaseAddress).ToArray(), r, options.RoomSize, kind,
                () => survivor.BaseAddress, () => clock.ElapsedMilliseconds));
        }

        var busy = true;
        using var stop = new CancellationTokenSource();
        TimeSpan Pause() => busy ? TimeSpan.Zero : TimeSpan.FromMilliseconds(700 + Random.Shared.Next(600));
        var voting = rooms.SelectMany(room => room.Phones.Select((phone, i) =>
            Task.Run(() => phone.VoteAsync(room.ActivityId, kind, i, Pause, stop.Token)))).ToList();

        var busyCpuBefore = nodes.Sum(n => n.Stats().CpuS);
        BenchLog.Write($"everyone votes as fast as they are answered for {options.BusySeconds} s");
        await Task.Delay(TimeSpan.FromSeconds(options.BusySeconds));
        var busyCpu = nodes.Sum(n => n.Stats().CpuS) - busyCpuBefore;
        var falseAlarms = nodes.Count(n => n.Node.HasExited);
        BenchLog.Write($"busy: both nodes used {busyCpu:0.0} CPU-s; nodes gone: {falseAlarms}");
        busy = false;
        await Task.Delay(VotingBeforeKill);

        var errorsBefore = survivor.ErrorLines;
        var logBefore = survivor.LogBytes;
        var killedAt = clock.ElapsedMilliseconds;
        BenchLog.Write("killing the first node");
        await doomed.KillAsync();
        await Task.Delay(VotingAfterKill);
        await stop.CancelAsync();
        await Task.WhenAll(voting).WaitAsync(TimeSpan.FromMinutes(3));
        var survivorErrors = survivor.ErrorLines - errorsBefore;
        var survivorLogKb = (survivor.LogBytes - logBefore) / 1024.0;

        var orphans = rooms.SelectMany(r => r.Phones).Where(p => p.Node == doomed.BaseAddress).ToList();
        var back = orphans.Where(p => p.BackAt >= 0).Select(p => (double)(p.BackAt - killedAt)).Order().ToArray();
        var stalls = rooms.Select(r => (double)r.StallAcross(killedAt, clock.ElapsedMilliseconds)).Order().ToArray();
        BenchLog.Write($"{back.Length} of {orphans.Count} phones of the dead node are back; the longest room stall was {stalls[^1]} ms");

        foreach (var room in rooms)
        {
            await room.DisposeAsync();
        }

        BenchLog.Write("killing the survivor and starting it again on the same database");
        await survivor.CrashAndRestartAsync();
        int lost = 0, duplicates = 0;
        foreach (var room in rooms)
        {
            var (roomLost, roomDuplicates) = await StoredVotes.CheckAsync(survivor.BaseAddress, room.Acknowledged(kind));
            lost += roomLost;
            duplicates += roomDuplicates;
        }

        return new FailoverResult(
            roomCount,
            options.RoomSize,
            options.BusySeconds,
            Math.Round(busyCpu / options.BusySeconds / Environment.ProcessorCount * 100, 1),
            falseAlarms,
            rooms.Sum(r => r.Phones.Sum(p => p.AckedAt.Length)),
            rooms.Sum(r => r.Phones.Sum(p => p.FailedCalls)),
            orphans.Count,
            orphans.Count - back.Length,
            BurstSummary.Percentile(back, 0.50),
            BurstSummary.Percentile(back, 0.99),
            back.Length == 0 ? 0 : back[^1],
            BurstSummary.Percentile(stalls, 0.50),
            stalls[^1],
            survivorErrors,
            Math.Round(survivorLogKb, 1),
            lost,
            duplicates);
    }
}
