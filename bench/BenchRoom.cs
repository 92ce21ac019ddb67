using System.Diagnostics;
using System.Net.Http.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// One room on one server: a workshop with one activity of the chosen kind (<see cref="BenchKind"/>),
/// N participants joined and connected over the real SignalR protocol, a console and a board watching.
/// It then runs bursts: in each, every participant sends their inputs at once (for a dot vote, a first
/// ballot of one dot, then a final one of three). Every burst ends with different counts, fixed in
/// advance, so each client can tell when it has seen the end of that burst.
/// </summary>
public sealed class BenchRoom : IAsyncDisposable
{
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
    private readonly BenchKind _kind;
    private readonly object?[] _lastAcknowledged;

    private BenchRoom(BenchOptions options, BenchKind kind, Func<ServerStats?> serverStats, Stopwatch clock, WorkshopStarted started, string activityId,
        JoinedSession[] joined, BenchClient console, BenchClient board, BenchClient[] phones)
    {
        _kind = kind;
        _options = options;
        _serverStats = serverStats;
        _clock = clock;
        _started = started;
        _activityId = activityId;
        _joined = joined;
        _console = console;
        _board = board;
        _phones = phones;
        _lastAcknowledged = new object?[phones.Length];
    }

    /// <summary>
    /// What the room was told was stored: the last ballot acknowledged to each participant, for
    /// <see cref="StoredVotes"/> to read back once all timing is done.
    /// </summary>
    public AcknowledgedVotes Acknowledged =>
        new(_started.SessionId, _started.FacilitatorKey, _activityId, _joined.Select(j => j.Credential).ToArray(), _kind, _lastAcknowledged);

    /// <summary>The kind of activity the room runs.</summary>
    public string Activity => _kind.Name;

    /// <summary>
    /// Starts the workshop and brings everyone in. <paramref name="serverStats"/> gives null for a server this benchmark did not start.
    /// <paramref name="phoneServers"/>, when given, are the nodes the phones connect to in turn (the console and the board stay on <paramref name="server"/>).
    /// </summary>
    public static async Task<BenchRoom> OpenAsync(Uri server, BenchOptions options, Func<ServerStats?> serverStats, IReadOnlyList<Uri>? phoneServers = null)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        var clock = Stopwatch.StartNew();
        var kind = BenchKind.Named(options.Activity);
        var started = await PostAsync<WorkshopStarted>(http, "/api/teams", new { teamName = "Benchmark team", sessionTitle = "Burst" });
        await kind.PrepareAsync(http, started);
        var console = await BenchClient.ConnectAsync(server, started.SessionId, started.FacilitatorKey, kind, () => clock.ElapsedMilliseconds);
        var activityId = await console.Connection.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), kind.Name, kind.Setup)
            .WaitAsync(TimeSpan.FromSeconds(60));
        await console.Connection.InvokeAsync("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open)).WaitAsync(TimeSpan.FromSeconds(60));

        BenchLog.Write($"joining {options.Participants} participants");
        var joined = await Concurrently.ForEachAsync(Enumerable.Range(0, options.Participants), i =>
            PostAsync<JoinedSession>(http, $"/api/join/{started.JoinCode}", new { displayName = $"P{i}", credential = (string?)null }));
        BenchLog.Write("connecting");
        kind.Joined(joined.Select(j => j.ParticipantId).ToArray());
        var phones = await Concurrently.ForEachAsync(joined, j => BenchClient.ConnectAsync(
            phoneServers is { Count: > 0 } ? phoneServers[Array.IndexOf(joined, j) % phoneServers.Count] : server, j.SessionId, j.Credential, kind, () => clock.ElapsedMilliseconds));
        var board = await BenchClient.ConnectAsync(server, started.SessionId, null, kind, () => clock.ElapsedMilliseconds);
        await WaitAsync(() => board.PresentCount == options.Participants, TimeSpan.FromSeconds(120), "every participant present on the board");
        return new BenchRoom(options, kind, serverStats, clock, started, activityId, joined, console, board, phones);
    }

    /// <summary>Burst number <paramref name="round"/>: everyone sends at once; it ends when every client shows the final counts.</summary>
    public async Task<BurstMeasurement> BurstAsync(int round)
    {
        await Task.Delay(PauseBetweenBursts);
        var expected = _kind.Expected(Enumerable.Range(0, _phones.Length).Select(i => _kind.Input(i, _options.BallotsEach - 1, _options.BallotsEach, round)));
        foreach (var client in _phones.Append(_board).Append(_console))
        {
            client.Expect(expected);
        }

        BenchLog.Write($"burst {round}");
        var messagesBefore = Messages();
        var phoneMessagesBefore = PhoneMessages();
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
                var ballot = _kind.Input(i, b, _options.BallotsEach, round);
                var sent = Stopwatch.GetTimestamp();
                await SubmitUntilStoredAsync(phone.Connection, _activityId, ballot, deadline.Token);
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

        await WaitAsync(() => _board.ConvergedAt >= 0 && _phones.All(p => p.ConvergedAt >= 0), TimeSpan.FromSeconds(60), "every client to show the final counts");
        var boardConverged = Math.Max(0, _board.ConvergedAt - burstEnd);
        var allConverged = Math.Max(0, _phones.Max(p => p.ConvergedAt) - burstEnd);
        BenchLog.Write($"board converged {boardConverged} ms, all {allConverged} ms after the last acknowledgement");
        var converged = _serverStats();
        return new BurstMeasurement(acks, burstEnd - burstStart, boardConverged, allConverged, Messages() - messagesBefore,
            (double)(PhoneMessages() - phoneMessagesBefore) / _phones.Length, burstCpu, storageCpu, converged?.CpuS - before?.CpuS, converged);
    }

    /// <summary>
    /// For a kind that keeps contributions private until the reveal: the facilitator reveals, and the
    /// time until the board's view shows them (ms), or null for any other kind.
    /// </summary>
    public async Task<double?> RevealAsync()
    {
        if (_kind.Revealed is not { } revealed)
        {
            return null;
        }

        _board.Watch(revealed);
        var asked = _clock.ElapsedMilliseconds;
        await _console.Connection.InvokeAsync("SteerActivity", _activityId, new ActivityCommand(ActivityCommands.Reveal)).WaitAsync(TimeSpan.FromSeconds(60));
        await WaitAsync(() => _board.WatchedAt >= 0, TimeSpan.FromSeconds(60), "the board to show what was revealed");
        var took = _board.WatchedAt - asked;
        BenchLog.Write($"the reveal reached the board {took} ms after the facilitator asked");
        return took;
    }

    /// <summary>
    /// What a facilitator does when the room is done: closes the activity and the session to newcomers.
    /// The console has no step that ends a session; people then leave (<see cref="DisposeAsync"/>).
    /// </summary>
    public async Task EndAsync()
    {
        await _console.Connection.InvokeAsync("SteerActivity", _activityId, new ActivityCommand(ActivityCommands.Close)).WaitAsync(TimeSpan.FromSeconds(60));
        await _console.Connection.InvokeAsync("SetJoiningOpen", false).WaitAsync(TimeSpan.FromSeconds(60));
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

    private long Messages() => PhoneMessages() + _board.Messages + _console.Messages;

    private long PhoneMessages() => _phones.Sum(p => p.Messages);

    /// <summary>A phone's input, sent again under its submission id while the server answers "Not saved", as the phone page does.</summary>
    internal static async Task SubmitUntilStoredAsync(HubConnection connection, string activityId, object input, CancellationToken deadline)
    {
        var submissionId = Guid.NewGuid().ToString();
        for (var attempt = 0; ; attempt++)
        {
            var receipt = await connection.InvokeAsync<BenchReceipt>("Submit", activityId, submissionId, input, deadline);
            if (receipt.Accepted)
            {
                return;
            }

            if (attempt > 20 || receipt.Rejection?.StartsWith("Not saved", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"An input was refused: {receipt.Rejection}");
            }

            // What the phone page does after "Not saved": try again shortly with the same submission id.
            await Task.Delay(100, deadline);
        }
    }

    internal static async Task<T> PostAsync<T>(HttpClient http, string path, object body)
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
