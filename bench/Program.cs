using System.Text.Json;
using AntiLeadership.Live.Bench;
using AntiLeadership.Live.Bench.Bare;
using AntiLeadership.Live.Silo;

// Runs the standard bursts against a server it starts on PostgreSQL (or the one given with --server)
// and, burst for burst in turn, against the same server on Azurite and on memory storage (this
// machine's ceiling), and prints one JSON line.
var options = BenchOptions.Parse(args);
switch (options.Scenario)
{
    case BareScenario.Name:
        await BareScenario.RunAsync(options);
        return;
    case BareHost.Scenario:
        await BareHost.RunAsync(options.Port);
        return;
    case "failover":
        Console.WriteLine(JsonSerializer.Serialize(await FailoverDay.RunAsync(options)));
        return;
    case OrganisationDay.Scenario:
        await OrganisationDay.RunAsync(options);
        return;
    case LongDay.Scenario:
        await LongDay.RunAsync(options);
        return;
    case ProgrammesYear.Scenario:
        await ProgrammesYear.RunAsync(options);
        return;
}

BenchResult result;
if (options.Server is { } given)
{
    // Not a process of ours: it cannot be measured or restarted, so its votes are read back as it runs.
    await using var room = await BenchRoom.OpenAsync(given, options, () => null);
    var measured = (await BurstsAsync([room]))[0];
    var reveal = await room.RevealAsync();
    result = await CheckStoredAsync(given, measured with { Activity = options.Activity, RevealBoardMs = reveal }, room.Acknowledged, durabilityChecked: false);
}
else
{
    var storages = new List<string> { StorageModes.PostgreSql };
    if (options.Azurite)
    {
        storages.Add(StorageModes.AzureStorage);
    }

    if (options.Ceiling)
    {
        storages.Add(StorageModes.Memory);
    }

    var servers = new List<ServerUnderTest>();
    var rooms = new List<BenchRoom>();
    try
    {
        foreach (var storage in storages)
        {
            BenchLog.Write($"starting a node on {storage}");
            var server = await ServerUnderTest.StartAsync(storage, DashboardWatcher.NodeSettings(options.Dashboard));
            servers.Add(server);
            rooms.Add(await BenchRoom.OpenAsync(server.BaseAddress, options, server.Stats));
        }

        await using var watchers = options.Dashboard == "watched" ? DashboardWatcher.Watch(servers.Select(s => s.BaseAddress)) : null;
        var measured = await BurstsAsync(rooms);
        var reveal = await rooms[0].RevealAsync();
        result = measured[0] with { Storage = StorageModes.PostgreSql, Activity = options.Activity, RevealBoardMs = reveal };
        for (var r = 0; r < servers.Count; r++)
        {
            var server = servers[r];
            await rooms[r].DisposeAsync();
            if (!server.Storage.Durable)
            {
                // Memory storage cannot survive a restart, so the ceiling's votes are read back from the
                // running server: a check of the vote path, not of durability (and not part of the summary).
                await StoredVotes.CheckAsync(server.BaseAddress, rooms[r].Acknowledged);
                result = result with { CeilingVotesPerS = measured[r].VotesPerS, CeilingAckP99Ms = measured[r].AckP99Ms };
                continue;
            }

            // Only after every measurement: a crash, then a fresh process on the same storage, so what is
            // read back is what storage kept, not what the live grains still held in memory.
            BenchLog.Write($"killing the {server.Storage.Mode} node and starting it again on the same storage");
            await server.CrashAndRestartAsync();
            var checkedBack = await CheckStoredAsync(server.BaseAddress, measured[r], rooms[r].Acknowledged, durabilityChecked: true);
            result = r == 0 ? result with
            {
                VotesLost = checkedBack.VotesLost, Duplicates = checkedBack.Duplicates, DurabilityChecked = true,
            } : result with
            {
                Azurite = new StorageComparison(checkedBack.AckP50Ms, checkedBack.AckP99Ms, checkedBack.VotesPerS,
                    checkedBack.BurstServerCpuS, checkedBack.BurstStorageCpuS, checkedBack.VotesLost, checkedBack.Duplicates),
            };
        }
    }
    finally
    {
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }
    }
}

Console.WriteLine(JsonSerializer.Serialize(result));

// The first bursts on a fresh process run while the JIT is still compiling the hot paths, and then
// re-compiling the framework's precompiled code once it is hot, in the server and in the simulated phones
// alike; a server in a room has long been warm when its people vote. So the first bursts are not measured
// and only the very first one's p99 is kept (cold_ack_p99_ms). The rooms then take turns, burst for burst,
// so that all of them meet the same moments of a shared machine and their ratios do not depend on which
// of them ran while something else was busy.
async Task<BenchResult[]> BurstsAsync(IReadOnlyList<BenchRoom> rooms)
{
    var bursts = rooms.Select(_ => new List<BurstMeasurement>()).ToArray();
    var cold = new double?[rooms.Count];
    var warmup = options.Warmup ? BenchOptions.WarmupBursts : 0;
    for (var round = 0; round < warmup + options.Bursts; round++)
    {
        for (var r = 0; r < rooms.Count; r++)
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

    return bursts.Select((measured, r) => BurstSummary.Summarise(options.Participants, measured) with { ColdAckP99Ms = cold[r] }).ToArray();
}

static async Task<BenchResult> CheckStoredAsync(Uri server, BenchResult measured, AcknowledgedVotes votes, bool durabilityChecked)
{
    var (lost, duplicates) = await StoredVotes.CheckAsync(server, votes);
    return measured with { VotesLost = lost, Duplicates = duplicates, DurabilityChecked = durabilityChecked };
}
