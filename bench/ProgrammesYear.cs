using System.Diagnostics;
using System.Text.Json;
using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// Months of programmes on one co-hosting node on PostgreSQL (issue 16 §3): many teams, each with a year
/// of sessions, plans and results made through the product's API and hub (<see cref="TeamYear"/>); the
/// storage that takes per team; then, on a node restarted so that every grain is cold, random teams'
/// homes opened as a facilitator's browser opens them (<see cref="TeamHomeOpen"/>); a few teams deleted
/// through the API, their rows checked gone; and automatic deletion at that size (<see cref="RetentionRun"/>).
/// </summary>
public static class ProgrammesYear
{
    public const string Scenario = "programmes";

    public const int DefaultTeams = 10_000;

    public const int DefaultOpens = 200;

    /// <summary>Teams made at once: each makes its year one step after another, as its people would.</summary>
    private const int TeamsInFlight = 16;

    /// <summary>Every hundredth team chose a day's retention: at 10,000 teams, the most one sweep deletes.</summary>
    private const int DueEvery = 100;

    private const int Deletions = 5;
    private const int WarmUpOpens = 5;
    private const int Seed = 16;
    private const double ColdOpenTargetMs = 500;

    public static async Task RunAsync(BenchOptions options)
    {
        BenchLog.Write($"months of programmes: {options.Teams} teams of {options.SessionsPerTeam} sessions each");
        await using var server = await ServerUnderTest.StartAsync(StorageModes.PostgreSql);
        using var http = Client(server);

        var generating = Stopwatch.StartNew();
        var made = 0;
        var teams = await Concurrently.ForEachAsync(Enumerable.Range(0, options.Teams), async index =>
        {
            var team = await TeamYear.GenerateAsync(http, server.BaseAddress, index, options.SessionsPerTeam, index % DueEvery == DueEvery - 1 ? 1 : 365);
            if (Interlocked.Increment(ref made) % 250 == 0)
            {
                BenchLog.Write($"{made} teams made in {generating.Elapsed.TotalSeconds:0} s ({made / generating.Elapsed.TotalSeconds:0.0} teams/s)");
            }

            return team;
        }, TeamsInFlight);
        var generation = generating.Elapsed.TotalSeconds;
        BenchLog.Write($"{teams.Length} teams made in {generation:0} s");

        await using var database = StoredProgrammes.Open(server.Storage);
        var (databaseMb, grainTableMb, payloadMb) = await database.SizesAsync();
        var byType = (await database.ByGrainTypeAsync()).ToDictionary(t => t.Key,
            t => new GrainTypeShare(Math.Round((double)t.Value.Rows / teams.Length, 2), Math.Round(t.Value.Bytes / 1024.0 / teams.Length, 2)));

        BenchLog.Write("killing the node and starting it again on the same database: every grain cold");
        await server.CrashAndRestartAsync();
        using var browsers = Client(server);
        var random = new Random(Seed);
        var notDue = teams.Where(t => !t.DueForDeletion).OrderBy(_ => random.Next()).ToArray();
        // A few homes first, not measured: a fresh process compiles its code paths on its first requests,
        // and a node in service has long done that; what is measured is each team's grains coming from storage.
        var warmups = notDue.Take(WarmUpOpens).ToArray();
        var firstOpenMs = 0.0;
        foreach (var team in warmups)
        {
            var open = await TeamHomeOpen.OpenAsync(browsers, server.BaseAddress, team);
            firstOpenMs = firstOpenMs == 0 ? open.ShownMs : firstOpenMs;
        }

        var opened = notDue.Skip(WarmUpOpens).Take(Math.Min(options.Opens, notDue.Length / 2)).ToArray();
        var opens = new List<TeamHomeOpen>();
        foreach (var team in opened)
        {
            // One browser after another: each open is its own, with nothing else on the node.
            opens.Add(await TeamHomeOpen.OpenAsync(browsers, server.BaseAddress, team));
        }

        var shown = opens.Select(o => o.ShownMs).Order().ToArray();
        var live = opens.Select(o => o.LiveMs).Order().ToArray();
        BenchLog.Write($"cold opens: shown p50 {BurstSummary.Percentile(shown, 0.5):0} ms, p99 {BurstSummary.Percentile(shown, 0.99):0} ms, max {shown[^1]:0} ms");

        var deleted = notDue.Skip(WarmUpOpens + opened.Length).Take(Deletions).ToArray();
        var rowsBefore = await database.RowsAsync(deleted.SelectMany(t => t.StoredKeys));
        var deleteMs = new List<double>();
        foreach (var team in deleted)
        {
            var started = Stopwatch.GetTimestamp();
            await TeamCalls.SendAsync(browsers, HttpMethod.Delete, $"/api/teams/{team.TeamId}", team.FacilitatorKey, new { name = team.Name });
            deleteMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var rowsLeft = await database.RowsAsync(deleted.SelectMany(t => t.StoredKeys));
        BenchLog.Write($"deleted {deleted.Length} teams: {string.Join(", ", deleteMs.Select(ms => $"{ms:0} ms"))}; rows {rowsBefore} -> {rowsLeft}");

        var due = teams.Where(t => t.DueForDeletion).ToArray();
        double? retentionMs = null;
        int? removed = null;
        long? dueRowsLeft = null, keptRows = null, keptRowsAfter = null;
        if (due.Length > 0 && RetentionRun.Available)
        {
            keptRows = await database.RowsAsync(opened.SelectMany(t => t.StoredKeys));
            (retentionMs, removed) = await RetentionRun.RunAsync(server, due.Length, TimeSpan.FromMinutes(10));
            dueRowsLeft = await database.RowsAsync(due.SelectMany(t => t.StoredKeys));
            keptRowsAfter = await database.RowsAsync(opened.SelectMany(t => t.StoredKeys));
        }
        else
        {
            BenchLog.Write(due.Length == 0 ? $"no team due for automatic deletion (one in {DueEvery} is)" : "libfaketime is not installed (apt-get install faketime): automatic deletion not run");
        }

        var p99 = BurstSummary.Percentile(shown, 0.99);
        var passed = p99 <= ColdOpenTargetMs && rowsLeft == 0 && (removed is null || (removed == due.Length && dueRowsLeft == 0 && keptRowsAfter == keptRows))
            && server.ErrorLines == 0;
        var result = new ProgrammesResult(Scenario, teams.Length, options.SessionsPerTeam, teams.Length * options.SessionsPerTeam,
            teams.Length * options.SessionsPerTeam * 2, Math.Round(generation, 1), Math.Round(teams.Length / generation, 2),
            Math.Round(databaseMb, 1), Math.Round(grainTableMb, 1), Math.Round(databaseMb * 1024 / teams.Length, 1), Math.Round(grainTableMb * 1024 / teams.Length, 1),
            Math.Round(payloadMb * 1024 / teams.Length, 1), byType, opens.Count, Math.Round(firstOpenMs, 1),
            Math.Round(BurstSummary.Percentile(shown, 0.5), 1), Math.Round(p99, 1), Math.Round(shown[^1], 1),
            Math.Round(BurstSummary.Percentile(live, 0.5), 1), Math.Round(BurstSummary.Percentile(live, 0.99), 1), Math.Round(live[^1], 1),
            opens.Average(o => o.Sessions), opens.Average(o => o.Commitments), opens.Average(o => o.RepeatedSeries),
            deleted.Length, Math.Round(BurstSummary.Median(deleteMs), 1), Math.Round(deleteMs.Max(), 1), rowsBefore, rowsLeft,
            due.Length, retentionMs, removed, dueRowsLeft, keptRows, keptRowsAfter, server.ErrorLines, passed);
        Console.Error.WriteLine($"[bench] {(passed ? "PASS" : "FAIL")}: cold open p99 {p99:0} ms (≤ {ColdOpenTargetMs}), deleted teams' rows left {rowsLeft} (0), " +
            $"automatic deletion removed {removed?.ToString() ?? "(not run)"} of {due.Length} with {dueRowsLeft?.ToString() ?? "-"} rows left (0), node errors {server.ErrorLines} (0)");
        Console.WriteLine(JsonSerializer.Serialize(result));
    }

    /// <summary>The node's address changes with each start: a client for the node as it is now.</summary>
    private static HttpClient Client(ServerUnderTest server) => new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
}
