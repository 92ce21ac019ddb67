using System.Diagnostics;
using System.Text.Json;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// A phone behind the deployment guide's reverse proxy, in a cluster whose nodes can die. It votes again
/// and again, each vote sent with one submission id until it is stored; when its connection closes it
/// comes back as the phone page does (a jittered wait of about half a second, growing to about 4 s,
/// and the wait a "try again in N s" names) through the proxy, which sends it to a live node
/// (<c>liveNode</c>). It notes when it is back with the room's current state: the first view of the
/// activity on the new connection.
/// </summary>
public sealed class RoamingBenchPhone : IAsyncDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private readonly JoinedSession _joined;
    private readonly Func<Uri> _liveNode;
    private readonly Func<long> _clock;
    private readonly CancellationTokenSource _closing = new();
    private readonly Lock _acks = new();
    private readonly List<long> _ackedAt = [];
    private volatile TaskCompletionSource<HubConnection> _connection = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lostAt = -1;
    private long _backAt = -1;
    private int _failedCalls;

    private RoamingBenchPhone(JoinedSession joined, Uri node, Func<Uri> liveNode, Func<long> clock)
    {
        _joined = joined;
        Node = node;
        _liveNode = liveNode;
        _clock = clock;
    }

    /// <summary>The node the phone first connected to.</summary>
    public Uri Node { get; }

    public string Credential => _joined.Credential;

    /// <summary>The input last acknowledged as stored, or null.</summary>
    public object? LastAcknowledged { get; private set; }

    /// <summary>When (benchmark clock, ms) its first connection closed; -1 while it lives.</summary>
    public long LostAt => Interlocked.Read(ref _lostAt);

    /// <summary>When (ms) it first showed the activity on a new connection after losing the first; -1 if not (yet).</summary>
    public long BackAt => Interlocked.Read(ref _backAt);

    /// <summary>Calls that failed (refused as not saved, or not answered) and were sent again.</summary>
    public int FailedCalls => Volatile.Read(ref _failedCalls);

    /// <summary>When (ms) each of its votes was acknowledged as stored.</summary>
    public long[] AckedAt
    {
        get { lock (_acks) { return [.. _ackedAt]; } }
    }

    public static async Task<RoamingBenchPhone> ConnectAsync(JoinedSession joined, Uri node, Func<Uri> liveNode, Func<long> clock)
    {
        var phone = new RoamingBenchPhone(joined, node, liveNode, clock);
        phone._connection.SetResult(await phone.OpenAsync(node, firstConnection: true));
        return phone;
    }

    /// <summary>Votes until <paramref name="stop"/>: input after input, each until stored, <paramref name="pause"/> apart.</summary>
    public async Task VoteAsync(string activityId, BenchKind kind, int index, Func<TimeSpan> pause, CancellationToken stop)
    {
        for (var round = 0; !stop.IsCancellationRequested; round++)
        {
            var input = kind.Input(index, 1, 2, round);
            var submissionId = Guid.NewGuid().ToString();
            for (var attempt = 0; ; attempt++)
            {
                var receipt = await TrySubmitAsync(activityId, submissionId, input);
                if (receipt?.Accepted == true)
                {
                    LastAcknowledged = input;
                    lock (_acks)
                    {
                        _ackedAt.Add(_clock());
                    }

                    break;
                }

                if (receipt is not null && receipt.Rejection?.StartsWith("Not saved", StringComparison.Ordinal) != true)
                {
                    throw new InvalidOperationException($"A vote was refused: {receipt.Rejection}");
                }

                // Not stored, or nobody knows: the same submission id again, as the phone page does.
                Interlocked.Increment(ref _failedCalls);
                await Task.Delay(RetryDelay(attempt), _closing.Token);
            }

            await Task.Delay(pause(), stop).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        if (_connection.Task.IsCompletedSuccessfully)
        {
            await _connection.Task.Result.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        }

        _closing.Dispose();
    }

    /// <summary>The hub's receipt, or null when the call did not get through or its answer was lost.</summary>
    private async Task<BenchReceipt?> TrySubmitAsync(string activityId, string submissionId, object input)
    {
        try
        {
            var connection = await _connection.Task.WaitAsync(TimeSpan.FromMinutes(2), _closing.Token);
            return await connection.InvokeAsync<BenchReceipt>("Submit", activityId, submissionId, input).WaitAsync(CallTimeout);
        }
        catch (Exception) when (!_closing.IsCancellationRequested)
        {
            // A hub error (the filter's "Not saved…"), no answer in time, or a connection that broke.
            return null;
        }
    }

    /// <summary>The phone page's wait before attempt <paramref name="attempt"/> (live-connection.js, retryDelay).</summary>
    private static TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(500 * Math.Pow(2, attempt), 4000) * (0.75 + Random.Shared.NextDouble() / 2));

    private async Task<HubConnection> OpenAsync(Uri node, bool firstConnection)
    {
        var connection = WorkshopHubConnection.Build(node, _joined.SessionId, _joined.Credential);
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        var showing = false;
        connection.On<JsonElement>("ActivityChanged", _ =>
        {
            if (!firstConnection && !showing)
            {
                showing = true;
                Interlocked.CompareExchange(ref _backAt, _clock(), -1);
            }
        });
        connection.Closed += (Exception? _) =>
        {
            if (!_closing.IsCancellationRequested)
            {
                Interlocked.CompareExchange(ref _lostAt, _clock(), -1);
                _connection = new TaskCompletionSource<HubConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
                Task.Run(ComeBackAsync).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            return Task.CompletedTask;
        };
        await connection.StartAsync().WaitAsync(ConnectTimeout);
        return connection;
    }

    private async Task ComeBackAsync()
    {
        for (var attempt = 0; !_closing.IsCancellationRequested; attempt++)
        {
            var wait = RetryDelay(attempt);
            try
            {
                await Task.Delay(wait, _closing.Token);
                _connection.SetResult(await OpenAsync(_liveNode(), firstConnection: false));
                return;
            }
            catch (HubException refused) when (TryAgainIn(refused.Message) is { } seconds)
            {
                await Task.Delay(seconds, _closing.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The node is not there, or the connect failed: again, after the next wait.
            }
        }
    }

    private static TimeSpan? TryAgainIn(string message)
    {
        var at = message.IndexOf("try again in ", StringComparison.Ordinal);
        return at >= 0 && int.TryParse(message.AsSpan(at + "try again in ".Length).TrimEnd(" s.".AsSpan()), out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}
