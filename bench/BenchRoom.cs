using System.Diagnostics;
using System.Net.Http.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// One room on one server: a workshop with a culture-priorities vote, N participants joined and
/// connected over the real SignalR protocol, a console and a board watching. It then runs bursts: in
/// each, every participant votes at once — a first ballot of one dot, then moving to a final ballot of
/// three dots. Every burst ends with a different tally, fixed in advance, so each client can tell when
/// it has seen the end of that burst.
/// </summary>
public sealed class BenchRoom : IAsyncDisposable
{
    private const int Statements = 5;

    /// <summary>
    /// Longer than the phones' pacing interval (500 ms), so each burst starts, as in a room, after a
    /// pause in which nothing from the burst before is still waiting to go out.
    /// </summary>
    private static readonly TimeSpan PauseBetweenBursts = TimeSpan.FromSeconds(1);

    private readonly BenchOptions _options;
    private readonly Func<ServerStats?> _serverStats;
    private readonly Stopwatch _clock;
    private readonly WorkshopStarted _started;
    private readonly string _activityId;
    private readonly JoinedSession[] _joined;
    private readonly BenchClient _console;
    private readonly BenchClient _board;
    private readonly BenchClient[] _phones;
    private readonly IReadOnlyDictionary<string, int>[] _lastAcknowledged;

    private BenchRoom(BenchOptions options, Func<ServerStats?> serverStats, Stopwatch clock, WorkshopStarted started, string activityId,
        JoinedSession[] joined, BenchClient console, BenchClient board, BenchClient[] phones)
    {
        _options = options;
        _serverStats = serverStats;
        _clock = clock;
        _started = started;
        _activityId = activityId;
        _joined = joined;
        _console = console;
        _board = board;
        _phones = phones;
        _lastAcknowledged = new IReadOnlyDictionary<string, int>[phones.Length];
    }

    /// <summary>
    /// What the room was told was stored: the last ballot acknowledged to each participant, for
    /// <see cref="StoredVotes"/> to read back once all timing is done.
    /// </summary>
    public AcknowledgedVotes Acknowledged =>
        new(_started.SessionId, _started.FacilitatorKey, _activityId, _joined.Select(j => j.Credential).ToArray(), _lastAcknowledged);

    /// <summary>Starts the workshop and brings everyone in. <paramref name="serverStats"/> gives null for a server this benchmark did not start.</summary>
    public static async Task<BenchRoom> OpenAsync(Uri server, BenchOptions options, Func<ServerStats?> serverStats)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        var clock = Stopwatch.StartNew();
        var started = await PostAsync<WorkshopStarted>(http, "/api/teams", new { teamName = "Benchmark team", sessionTitle = "Burst" });
        var console = await BenchClient.ConnectAsync(server, started.SessionId, started.FacilitatorKey, () => clock.ElapsedMilliseconds);
        var activityId = await console.Connection.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), CulturePrioritiesKind.Name,
            new CulturePrioritiesSetup("Culture priorities", Enumerable.Range(1, Statements).Select(i => $"Statement {i}").ToArray(), 3, 2, false))
            .WaitAsync(TimeSpan.FromSeconds(60));
        await console.Connection.InvokeAsync("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open)).WaitAsync(TimeSpan.FromSeconds(60));

        BenchLog.Write($"joining {options.Participants} participants");
        var joined = await Concurrently.ForEachAsync(Enumerable.Range(0, options.Participants), i =>
            PostAsync<JoinedSession>(http, $"/api/join/{started.JoinCode}", new { displayName = $"P{i}", credential = (string?)null }));
        BenchLog.Write("connecting");
        var phones = await Concurrently.ForEachAsync(joined, j => BenchClient.ConnectAsync(server, j.SessionId, j.Credential, () => clock.ElapsedMilliseconds));
        var board = await BenchClient.ConnectAsync(server, started.SessionId, null, () => clock.ElapsedMilliseconds);
        await WaitAsync(() => board.PresentCount == options.Participants, TimeSpan.FromSeconds(120), "every participant present on the board");
        return new BenchRoom(options, serverStats, clock, started, activityId, joined, console, board, phones);
    }

    /// <summary>Burst number <paramref name="round"/>: everyone votes at once; it ends when every client shows the final tally.</summary>
    public async Task<BurstMeasurement> BurstAsync(int round)
    {
        await Task.Delay(PauseBetweenBursts);
        var expected = ExpectedTally(round);
        foreach (var client in _phones.Append(_board).Append(_console))
        {
            client.Expect(expected);
        }

        BenchLog.Write($"burst {round}");
        var messagesBefore = Messages();
        var before = _serverStats();
        var ownCpuBefore = Environment.CpuUsage.TotalTime;
        var burstStart = _clock.ElapsedMilliseconds;
        var acks = new double[_phones.Length * _options.BallotsEach];
        var lastAck = 0L;
        // One deadline for the whole burst rather than a timer per call: a thousand timers armed and
        // cancelled per round would be the simulated phones' work, on the server's cores.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await Task.WhenAll(_phones.Select((phone, i) => Task.Run(async () =>
        {
            for (var b = 0; b < _options.BallotsEach; b++)
            {
                var ballot = Ballot(i, b, round);
                var sent = Stopwatch.GetTimestamp();
                await CastUntilStoredAsync(phone.Connection, ballot, deadline.Token);
                acks[i * _options.BallotsEach + b] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                _lastAcknowledged[i] = ballot;
                InterlockedMax(ref lastAck, _clock.ElapsedMilliseconds);
            }
        })));
        var burstEnd = Interlocked.Read(ref lastAck);
        var after = _serverStats();
        var burstCpu = after is not null && before is not null ? after.CpuS - before.CpuS : (double?)null;
        var storageCpu = after is not null && before is not null ? after.StorageCpuS - before.StorageCpuS : (double?)null;
        BenchLog.Write($"burst {round} took {burstEnd - burstStart} ms; CPU: server {burstCpu:0.00} s, storage {after?.StorageCpuS - before?.StorageCpuS:0.00} s, " +
            $"simulated clients {(Environment.CpuUsage.TotalTime - ownCpuBefore).TotalSeconds:0.00} s");

        await WaitAsync(() => _board.ConvergedAt >= 0 && _phones.All(p => p.ConvergedAt >= 0), TimeSpan.FromSeconds(60), "every client to show the final tally");
        var boardConverged = Math.Max(0, _board.ConvergedAt - burstEnd);
        var allConverged = Math.Max(0, _phones.Max(p => p.ConvergedAt) - burstEnd);
        BenchLog.Write($"board converged {boardConverged} ms, all {allConverged} ms after the last acknowledgement");
        return new BurstMeasurement(acks, burstEnd - burstStart, boardConverged, allConverged, Messages() - messagesBefore, burstCpu, storageCpu, _serverStats());
    }

    public async ValueTask DisposeAsync()
    {
        // Closed together, not one by one: ten thousand sequential closing handshakes take many minutes.
        await Concurrently.ForEachAsync(_phones.Append(_board).Append(_console), async client =>
        {
            await client.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            return true;
        });
    }

    private long Messages() => _phones.Sum(p => p.Messages) + _board.Messages + _console.Messages;

    /// <summary>
    /// Participant i's ballot number b in burst <paramref name="round"/>: one dot at first; the last has two
    /// dots on the participant's own statement and one on the round's statement (the next one when that is
    /// their own), so the statement most dots land on moves from one burst to the next.
    /// </summary>
    private Dictionary<string, int> Ballot(int i, int b, int round)
    {
        if (b < _options.BallotsEach - 1)
        {
            return new() { [$"s{(i + b + round) % Statements + 1}"] = 1 };
        }

        var own = i % Statements;
        var roundStatement = round % Statements == own ? (round + 1) % Statements : round % Statements;
        return new() { [$"s{own + 1}"] = 2, [$"s{roundStatement + 1}"] = 1 };
    }

    private int[] ExpectedTally(int round)
    {
        var tally = new int[Statements];
        for (var i = 0; i < _phones.Length; i++)
        {
            foreach (var (statement, dots) in Ballot(i, _options.BallotsEach - 1, round))
            {
                tally[int.Parse(statement[1..]) - 1] += dots;
            }
        }

        return tally;
    }

    private async Task CastUntilStoredAsync(HubConnection connection, Dictionary<string, int> ballot, CancellationToken deadline)
    {
        var submissionId = Guid.NewGuid().ToString();
        for (var attempt = 0; ; attempt++)
        {
            var receipt = await connection.InvokeAsync<BenchReceipt>("Submit", _activityId, submissionId, new CulturePrioritiesInput(ballot), deadline);
            if (receipt.Accepted)
            {
                return;
            }

            if (attempt > 20 || receipt.Rejection?.StartsWith("Not saved", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"A ballot was refused: {receipt.Rejection}");
            }

            // What the phone page does after "Not saved": try again shortly with the same submission id.
            await Task.Delay(100, deadline);
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

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
