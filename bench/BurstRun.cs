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
    private const int Concurrency = 32;

    public static async Task<BenchResult> RunAsync(Uri server, BenchOptions options, Func<(double RssMb, double CpuS, double StorageCpuS)> serverStats)
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

        Log($"joining {options.Participants} participants");
        var joined = await ForEachAsync(Enumerable.Range(0, options.Participants), i =>
            PostAsync<JoinedSession>(http, $"/api/join/{started.JoinCode}", new { displayName = $"P{i}", credential = (string?)null }));
        Log("connecting");
        var phones = await ForEachAsync(joined, j => BenchClient.ConnectAsync(server, j.SessionId, j.Credential, expected, () => clock.ElapsedMilliseconds));
        await using var board = await BenchClient.ConnectAsync(server, started.SessionId, null, expected, () => clock.ElapsedMilliseconds);
        await WaitAsync(() => board.PresentCount == options.Participants, TimeSpan.FromSeconds(120), "every participant present on the board");

        Log("burst");
        var messagesBefore = phones.Sum(p => p.Messages) + board.Messages + console.Messages;
        var (_, cpuBefore, storageCpuBefore) = serverStats();
        var ownCpuBefore = Environment.CpuUsage.TotalTime;
        var burstStart = clock.ElapsedMilliseconds;
        var acks = new double[options.Participants * options.BallotsEach];
        var lastAck = 0L;
        await Task.WhenAll(phones.Select((phone, i) => Task.Run(async () =>
        {
            for (var b = 0; b < options.BallotsEach; b++)
            {
                var ballot = Ballot(i, b, options.BallotsEach);
                var sent = Stopwatch.GetTimestamp();
                await CastUntilStoredAsync(phone.Connection, activityId, ballot);
                acks[i * options.BallotsEach + b] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                InterlockedMax(ref lastAck, clock.ElapsedMilliseconds);
            }
        })));
        var burstEnd = Interlocked.Read(ref lastAck);
        var (_, cpuAfter, storageCpuAfter) = serverStats();
        Log($"burst took {burstEnd - burstStart} ms; CPU: server {cpuAfter - cpuBefore:0.00} s, storage {storageCpuAfter - storageCpuBefore:0.00} s, " +
            $"simulated clients {(Environment.CpuUsage.TotalTime - ownCpuBefore).TotalSeconds:0.00} s");

        await WaitAsync(() => board.ConvergedAt >= 0 && phones.All(p => p.ConvergedAt >= 0), TimeSpan.FromSeconds(60), "every client to show the final tally");
        var messages = phones.Sum(p => p.Messages) + board.Messages + console.Messages - messagesBefore;

        Log($"checking stored ballots ({phones.Count(p => p.Connection.State == HubConnectionState.Connected)} of {phones.Length} phones still connected)");
        var lost = 0;
        var duplicates = 0;
        var checkedCount = 0;
        var stored = await ForEachAsync(Enumerable.Range(0, options.Participants), async i =>
        {
            // A short bound per call: a stalled read shows up as a failure within seconds, not hours.
            var ballot = await phones[i].Connection.InvokeAsync<Ballot>("GetBallot", activityId).WaitAsync(TimeSpan.FromSeconds(15));
            if (Interlocked.Increment(ref checkedCount) % 1000 == 0)
            {
                Log($"{checkedCount} ballots read back");
            }

            return ballot;
        });
        for (var i = 0; i < options.Participants; i++)
        {
            var acknowledged = Ballot(i, options.BallotsEach - 1, options.BallotsEach);
            var mine = stored[i].Dots;
            if (!acknowledged.All(a => mine.GetValueOrDefault(a.Key) >= a.Value)) lost++;
            if (mine.Values.Sum() > acknowledged.Values.Sum()) duplicates++;
        }

        var (rss, cpu, _) = serverStats();
        Array.Sort(acks);
        var boardConverged = board.ConvergedAt;
        var allConverged = phones.Max(p => p.ConvergedAt);
        Log($"board converged {Math.Max(0, boardConverged - burstEnd)} ms, all {Math.Max(0, allConverged - burstEnd)} ms after the last acknowledgement; {lost} lost, {duplicates} duplicates");

        // Closed together, not one by one: ten thousand sequential closing handshakes take many minutes.
        await ForEachAsync(phones, async phone =>
        {
            await phone.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            return true;
        });

        return new BenchResult(
            options.Participants,
            acks.Length,
            lost,
            duplicates,
            Math.Round(Percentile(acks, 0.50), 1),
            Math.Round(Percentile(acks, 0.99), 1),
            Math.Max(0, boardConverged - burstEnd),
            Math.Max(0, allConverged - burstEnd),
            messages,
            Math.Round(rss, 1),
            Math.Round(cpu, 2),
            Math.Round(acks.Length / Math.Max(0.001, (burstEnd - burstStart) / 1000.0), 1),
            null);
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

    private static async Task<T[]> ForEachAsync<TIn, T>(IEnumerable<TIn> items, Func<TIn, Task<T>> work)
    {
        // Fail fast: after the first failure nothing new starts, so a broken phase ends the run at once.
        using var gate = new SemaphoreSlim(Concurrency);
        using var failed = new CancellationTokenSource();
        return await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync(failed.Token);
            try
            {
                return await work(item);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                Log($"failed: {error.GetType().Name}: {error.Message}");
                await failed.CancelAsync();
                throw;
            }
            finally
            {
                gate.Release();
            }
        }));
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

    private static void Log(string message) => Console.Error.WriteLine($"[bench] {message}");
}
