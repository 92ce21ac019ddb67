using System.Collections.Concurrent;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A participant's phone whose node may die. Like the phone page it reconnects on its own as soon as its
/// connection closes, whether or not it was sending anything, here to the node a load balancer would
/// pick now; and it sends nothing on the new connection before the on-connect snapshot is in, which it
/// keeps (<see cref="Resyncs"/>) so a test can check what every phone got back.
/// </summary>
public sealed class RoamingPhone : IAsyncDisposable
{
    // Until the cluster has declared the dead node dead (tens of seconds on a busy machine), a connect
    // whose snapshot needs a grain that lived there fails, and at the page's pace tries are 10 s apart.
    private static readonly TimeSpan ReconnectWithin = TimeSpan.FromMinutes(2);

    private readonly string _activityId;
    private readonly Uri _fallback;
    private readonly ConcurrentQueue<PhoneResync> _resyncs = new();
    private readonly Lock _ballots = new();
    private volatile Task<LiveClient> _connection;
    private Dictionary<string, int>? _acknowledged;
    private Dictionary<string, int>? _sending;
    private volatile bool _disposed;

    private RoamingPhone(JoinedSession joined, string activityId, Uri node, Uri fallback, LiveClient client)
    {
        Joined = joined;
        Node = node;
        _activityId = activityId;
        _fallback = fallback;
        _connection = Task.FromResult(client);
        Watch(client);
    }

    public JoinedSession Joined { get; }

    /// <summary>The node this phone first connected to.</summary>
    public Uri Node { get; }

    public Dictionary<string, int>? LastAcknowledged
    {
        get { lock (_ballots) { return _acknowledged; } }
    }

    /// <summary>Every reconnection's snapshot, in order; empty while the first connection lives.</summary>
    public IReadOnlyCollection<PhoneResync> Resyncs => _resyncs;

    public static async Task<RoamingPhone> JoinAsync(HttpClient http, string joinCode, string name, string activityId, Uri node, Uri fallback)
    {
        var joined = await Workshop.JoinAsync(http, joinCode, name);
        return new RoamingPhone(joined, activityId, node, fallback, await LiveClient.ConnectAsync(node, joined.SessionId, joined.Credential));
    }

    /// <summary>Sends a ballot with one submission id until the server says it is stored, across reconnections.</summary>
    public async Task CastUntilStoredAsync(Dictionary<string, int> ballot, TimeSpan within)
    {
        var submissionId = Guid.NewGuid().ToString();
        var deadline = DateTime.UtcNow + within;
        lock (_ballots)
        {
            _sending = ballot;
        }

        while (DateTime.UtcNow < deadline)
        {
            try
            {
                // While a reconnection runs this waits for it: the retry goes out only after the resync.
                var client = await _connection.WaitAsync(ReconnectWithin);
                var receipt = await client.Connection.InvokeCoreAsync<BallotReceipt>("Submit", [_activityId, submissionId, new CulturePrioritiesInput(ballot)])
                    .WaitAsync(TimeSpan.FromSeconds(10));
                if (receipt.Accepted)
                {
                    Assert.Equal(ballot, receipt.Ballot.Dots);
                    lock (_ballots)
                    {
                        (_acknowledged, _sending) = (ballot, null);
                    }

                    return;
                }

                Assert.StartsWith("Not saved", receipt.Rejection);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException && !_connection.IsFaulted)
            {
                // The node died under the call, or a grain call failed while the cluster was noticing:
                // the same submission again (counted once, whatever happened to this one).
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("A ballot was never stored.");
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        try
        {
            await (await _connection.WaitAsync(ReconnectWithin)).DisposeAsync();
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            // A reconnection that never succeeded has nothing to close.
        }
    }

    private void Watch(LiveClient client) =>
        _ = client.Closed.ContinueWith(_ =>
        {
            if (!_disposed)
            {
                _connection = ReconnectAsync(client);
            }
        }, TaskScheduler.Default);

    private async Task<LiveClient> ReconnectAsync(LiveClient dead)
    {
        await dead.DisposeAsync();
        // Read together: the one being sent becomes the acknowledged one in a single step, so the
        // ballot the server holds is always one of these two.
        IReadOnlyDictionary<string, int>? acknowledged, sending;
        lock (_ballots)
        {
            (acknowledged, sending) = (_acknowledged, _sending);
        }

        var deadline = DateTime.UtcNow + ReconnectWithin;
        for (var attempt = 0; ; attempt++)
        {
            // The phone page's pace (live-connection.js), not faster: 1, 2, 4, 8, then every 10 seconds.
            // A participant may hold only five connections per node, and a tight loop of failing
            // connects is not what a node has to survive from real phones.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000 * Math.Pow(2, attempt), 10_000)));
            var client = await LiveClient.ConnectWithRetryAsync(_fallback, Joined.SessionId, Joined.Credential, Remaining(deadline));
            // The server sends the snapshot after the handshake, so a connection can be open without
            // one for as long as its grain calls take; if they fail, the server closes it and the
            // phone connects again.
            try
            {
                await Eventually.IsTrueAsync(
                    () => Snapshot(client) is not null || client.Connection.State == HubConnectionState.Disconnected,
                    "the on-connect snapshot or a closed connection", Remaining(deadline));
            }
            catch (TimeoutException)
            {
                // Neither before the deadline: given up below.
            }

            if (Snapshot(client) is ({ } ballot, { } activity) && client.Connection.State == HubConnectionState.Connected)
            {
                _resyncs.Enqueue(new PhoneResync(ballot, activity, acknowledged, sending));
                Watch(client);
                return client;
            }

            await client.DisposeAsync();
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("A phone never got its snapshot back.");
            }
        }
    }

    private static TimeSpan Remaining(DateTime deadline) => TimeSpan.FromTicks(Math.Max(0, (deadline - DateTime.UtcNow).Ticks));

    private (Ballot, CulturePrioritiesView)? Snapshot(LiveClient client) =>
        client.Ballot is { } ballot && client.Activity(_activityId) is { } activity ? (ballot, activity) : null;
}
