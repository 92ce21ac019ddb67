using System.Diagnostics;
using System.Net.Http.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// One burst: N participants join and connect, then all of them vote at once — a first ballot of one
/// dot, then moving to a final ballot of three dots — while a board watches. Ballots are fixed in
/// advance, so the final tally is known and every client can tell when it has seen it.
/// </summary>
public static class BurstRun
{
    private const int Statements = 5;

    /// <summary>
    /// Runs one burst and measures it; what it acknowledged comes back too, for <see cref="StoredVotes"/>
    /// to read back once all timing is done. <paramref name="serverStats"/> gives null when the server
    /// is not a process this benchmark started.
    /// </summary>
    public static async Task<(BenchResult Result, AcknowledgedVotes Acknowledged)> RunAsync(Uri server, BenchOptions options, Func<ServerStats?> serverStats)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        var clock = Stopwatch.StartNew();
        var expected = ExpectedTally(options);

        var started = await PostAsync<WorkshopStarted>(http, "/api/teams", new { teamName = "Benchmark team", sessionTitle = "Burst" });
        await using var console = await BenchClient.ConnectAsync(server, started.SessionId, started.FacilitatorKey, expected, () => clock.ElapsedMilliseconds);
        var activityId = await console.Connection.InvokeAsync<string>("AddCulturePriorities", Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", Enumerable.Range(1, Statements).Select(i => $"Statement {i}").ToArray(), 3, 2, false))
            .WaitAsync(TimeSpan.FromSeconds(60));
        await console.Connection.InvokeAsync("OpenVoting", activityId).WaitAsync(TimeSpan.FromSeconds(60));

        BenchLog.Write($"joining {options.Participants} participants");
        var joined = await Concurrently.ForEachAsync(Enumerable.Range(0, options.Participants), i =>
            PostAsync<JoinedSession>(http, $"/api/join/{started.JoinCode}", new { displayName = $"P{i}", credential = (string?)null }));
        BenchLog.Write("connecting");
        var phones = await Concurrently.ForEachAsync(joined, j => BenchClient.ConnectAsync(server, j.SessionId, j.Credential, expected, () => clock.ElapsedMilliseconds));
        await using var board = await BenchClient.ConnectAsync(server, started.SessionId, null, expected, () => clock.ElapsedMilliseconds);
        await WaitAsync(() => board.PresentCount == options.Participants, TimeSpan.FromSeconds(120), "every participant present on the board");

        BenchLog.Write("burst");
        var messagesBefore = phones.Sum(p => p.Messages) + board.Messages + console.Messages;
        var before = serverStats();
        var ownCpuBefore = Environment.CpuUsage.TotalTime;
        var burstStart = clock.ElapsedMilliseconds;
        var acks = new double[options.Participants * options.BallotsEach];
        var lastAcknowledged = new IReadOnlyDictionary<string, int>[options.Participants];
        var lastAck = 0L;
        await Task.WhenAll(phones.Select((phone, i) => Task.Run(async () =>
        {
            for (var b = 0; b < options.BallotsEach; b++)
            {
                var ballot = Ballot(i, b, options.BallotsEach);
                var sent = Stopwatch.GetTimestamp();
                await CastUntilStoredAsync(phone.Connection, activityId, ballot);
                acks[i * options.BallotsEach + b] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                lastAcknowledged[i] = ballot;
                InterlockedMax(ref lastAck, clock.ElapsedMilliseconds);
            }
        })));
        var burstEnd = Interlocked.Read(ref lastAck);
        var after = serverStats();
        var burstCpu = after is not null && before is not null ? after.CpuS - before.CpuS : (double?)null;
        BenchLog.Write($"burst took {burstEnd - burstStart} ms; CPU: server {burstCpu:0.00} s, storage {after?.StorageCpuS - before?.StorageCpuS:0.00} s, " +
            $"simulated clients {(Environment.CpuUsage.TotalTime - ownCpuBefore).TotalSeconds:0.00} s");

        await WaitAsync(() => board.ConvergedAt >= 0 && phones.All(p => p.ConvergedAt >= 0), TimeSpan.FromSeconds(60), "every client to show the final tally");
        var messages = phones.Sum(p => p.Messages) + board.Messages + console.Messages - messagesBefore;

        // Read when the burst has converged, before any read-back: server_cpu_s is the server process's
        // total CPU from its start to here (start-up, earlier bursts, joins and connections included).
        var end = serverStats();
        Array.Sort(acks);
        var boardConverged = board.ConvergedAt;
        var allConverged = phones.Max(p => p.ConvergedAt);
        BenchLog.Write($"board converged {Math.Max(0, boardConverged - burstEnd)} ms, all {Math.Max(0, allConverged - burstEnd)} ms after the last acknowledgement");

        // Closed together, not one by one: ten thousand sequential closing handshakes take many minutes.
        await Concurrently.ForEachAsync(phones, async phone =>
        {
            await phone.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            return true;
        });

        var result = new BenchResult(
            options.Participants,
            acks.Length,
            VotesLost: null,
            Duplicates: null,
            DurabilityChecked: false,
            Math.Round(Percentile(acks, 0.50), 1),
            Math.Round(Percentile(acks, 0.99), 1),
            Math.Max(0, boardConverged - burstEnd),
            Math.Max(0, allConverged - burstEnd),
            messages,
            end is null ? null : Math.Round(end.PeakRssMb, 1),
            end is null ? null : Math.Round(end.CpuS, 2),
            burstCpu is null ? null : Math.Round(burstCpu.Value, 2),
            Math.Round(acks.Length / Math.Max(0.001, (burstEnd - burstStart) / 1000.0), 1));
        return (result, new AcknowledgedVotes(started.SessionId, started.FacilitatorKey, activityId, joined.Select(j => j.Credential).ToArray(), lastAcknowledged));
    }

    /// <summary>Participant i's ballot number b: one dot at first, three (moved around) in the last.</summary>
    private static Dictionary<string, int> Ballot(int i, int b, int count) => b < count - 1
        ? new() { [$"s{(i + b) % Statements + 1}"] = 1 }
        : new() { [$"s{i % Statements + 1}"] = 2, [$"s{(i + 2) % Statements + 1}"] = 1 };

    private static int[] ExpectedTally(BenchOptions options)
    {
        var tally = new int[Statements];
        for (var i = 0; i < options.Participants; i++)
        {
            foreach (var (statement, dots) in Ballot(i, options.BallotsEach - 1, options.BallotsEach))
            {
                tally[int.Parse(statement[1..]) - 1] += dots;
            }
        }

        return tally;
    }

    private static async Task CastUntilStoredAsync(HubConnection connection, string activityId, Dictionary<string, int> ballot)
    {
        var submissionId = Guid.NewGuid().ToString();
        for (var attempt = 0; ; attempt++)
        {
            var receipt = await connection.InvokeAsync<BallotReceipt>("CastDots", activityId, submissionId, ballot).WaitAsync(TimeSpan.FromSeconds(60));
            if (receipt.Accepted)
            {
                return;
            }

            if (attempt > 20 || receipt.Rejection?.StartsWith("Not saved", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"A ballot was refused: {receipt.Rejection}");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<T> PostAsync<T>(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static async Task WaitAsync(Func<bool> condition, TimeSpan within, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > within)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(1);
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
