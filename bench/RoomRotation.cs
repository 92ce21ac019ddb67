using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// The rooms of a day with many of them on one node: each runs its own team's workshop, of a kind
/// taken in turn from <see cref="Kinds"/>, so the node carries every kind's grains and views at once.
/// </summary>
public static class RoomRotation
{
    /// <summary>Dots, ranking, points, strengths, check-in and ideas, in the order rooms take them.</summary>
    public static readonly string[] Kinds = ["culture-priorities", "ranking", "points", "strengths", "check-in", "ideas"];

    /// <summary>Rooms opened or closed at once: each brings its people in 32 at a time already.</summary>
    private const int RoomsInFlight = 4;

    /// <summary>Room number <paramref name="room"/>'s settings: its kind and its size.</summary>
    public static BenchOptions For(BenchOptions options, int room) =>
        options with { Participants = options.RoomSize, Activity = Kinds[room % Kinds.Length] };

    public static Task<BenchRoom[]> OpenAsync(ServerUnderTest server, BenchOptions options, IEnumerable<int> rooms) =>
        Concurrently.ForEachAsync(rooms, room => BenchRoom.OpenAsync(server.BaseAddress, For(options, room), () => null), RoomsInFlight);

    /// <summary>Every room's facilitator closes it and everyone leaves.</summary>
    public static Task CloseAsync(IEnumerable<BenchRoom> rooms) =>
        Concurrently.ForEachAsync(rooms, async room =>
        {
            await room.EndAsync();
            await room.DisposeAsync();
            return true;
        }, RoomsInFlight);

    /// <summary>
    /// A node on a fresh PostgreSQL, warmed up by one room of each kind with two unmeasured bursts, then
    /// closed: a node in an organisation has long compiled its code paths when a day begins (see
    /// Program's note on the first bursts).
    /// </summary>
    public static async Task<ServerUnderTest> StartWarmAsync(BenchOptions options)
    {
        // The node lets quiet grains go within the scenario's idle time (a little less, so the collection
        // that runs every quarter of it has happened by the time memory is read).
        var server = await ServerUnderTest.StartAsync(StorageModes.PostgreSql,
            $"--Cluster:IdleDeactivation={TimeSpan.FromSeconds(options.IdleS * 0.6):c}");
        try
        {
            await WarmUpAsync(server, options);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Only after every measurement: a crash, then a fresh process on the same storage, and every room's
    /// acknowledged inputs read back from it, lost and duplicated summed over the rooms.
    /// </summary>
    public static async Task<(int Lost, int Duplicates)> CrashAndReadBackAsync(ServerUnderTest server, IEnumerable<AcknowledgedVotes> rooms)
    {
        BenchLog.Write("killing the node and starting it again on the same storage");
        await server.CrashAndRestartAsync();
        var checkedRooms = await Concurrently.ForEachAsync(rooms, votes => StoredVotes.CheckAsync(server.BaseAddress, votes), RoomsInFlight);
        return (checkedRooms.Sum(c => c.Lost), checkedRooms.Sum(c => c.Duplicates));
    }

    private static async Task WarmUpAsync(ServerUnderTest server, BenchOptions options)
    {
        BenchLog.Write("warming up: a room of each kind");
        var rooms = await OpenAsync(server, options, Enumerable.Range(0, Kinds.Length));
        await Task.WhenAll(rooms.Select(async room =>
        {
            for (var round = 0; round < BenchOptions.WarmupBursts; round++)
            {
                await room.BurstAsync(round);
            }
        }));
        await CloseAsync(rooms);
    }
}
