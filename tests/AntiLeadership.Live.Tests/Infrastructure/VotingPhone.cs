using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A participant that behaves like the phone page: it resends a ballot with the same submission id
/// until the server says it is stored, reconnecting (possibly to another node) when its connection dies.
/// </summary>
public sealed class VotingPhone(JoinedSession joined, LiveClient client) : IAsyncDisposable
{
    private LiveClient _client = client;
    private int _notSaved;

    public JoinedSession Joined { get; } = joined;

    public Dictionary<string, int>? LastAcknowledged { get; private set; }

    /// <summary>How many times the server answered "Not saved" (storage unavailable).</summary>
    public int NotSaved => Volatile.Read(ref _notSaved);

    public bool Reconnected { get; private set; }

    public static async Task<VotingPhone> JoinAsync(HttpClient http, Uri node, string joinCode, string name)
    {
        var joined = await Workshop.JoinAsync(http, joinCode, name);
        return new VotingPhone(joined, await LiveClient.ConnectAsync(node, joined.SessionId, joined.Credential));
    }

    /// <summary>The ballot being sent and its submission id, until the server says it is stored.</summary>
    public (string ActivityId, Dictionary<string, int> Ballot, string SubmissionId)? Pending { get; private set; }

    public Task CastUntilStoredAsync(string activityId, Dictionary<string, int> ballot, Uri reconnectTo, TimeSpan within)
    {
        Pending = (activityId, ballot, Guid.NewGuid().ToString());
        return SendPendingAsync(reconnectTo, within);
    }

    /// <summary>
    /// Sends the pending ballot with its one submission id until the server says it is stored, as the
    /// phone page does after every reconnect; a no-op when nothing is pending.
    /// </summary>
    public async Task SendPendingAsync(Uri reconnectTo, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (Pending is var (activityId, ballot, submissionId) && DateTime.UtcNow < deadline)
        {
            try
            {
                if (_client.Connection.State != HubConnectionState.Connected)
                {
                    await _client.DisposeAsync();
                    _client = await LiveClient.ConnectWithRetryAsync(reconnectTo, Joined.SessionId, Joined.Credential, deadline - DateTime.UtcNow);
                    Reconnected = true;
                }

                var receipt = await _client.Connection.InvokeCoreAsync<BallotReceipt>("Submit", [activityId, submissionId, new CulturePrioritiesInput(ballot)])
                    .WaitAsync(TimeSpan.FromSeconds(10));
                if (receipt.Accepted)
                {
                    Assert.Equal(ballot, receipt.Ballot.Dots);
                    LastAcknowledged = ballot;
                    Pending = null;
                    return;
                }

                Assert.StartsWith("Not saved", receipt.Rejection);
                Interlocked.Increment(ref _notSaved);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                if (e is HubException hub && hub.Message.Contains("Not saved", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref _notSaved);
                }
            }

            await Task.Delay(200);
        }

        if (Pending is not null)
        {
            throw new TimeoutException("A ballot was never stored.");
        }
    }

    public async ValueTask DisposeAsync() => await _client.DisposeAsync();
}
