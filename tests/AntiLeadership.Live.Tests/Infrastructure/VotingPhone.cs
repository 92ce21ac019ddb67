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

    public async Task CastUntilStoredAsync(string activityId, Dictionary<string, int> ballot, Uri reconnectTo, TimeSpan within)
    {
        var submissionId = Guid.NewGuid().ToString();
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var receipt = await _client.Connection.InvokeCoreAsync<BallotReceipt>("CastDots", [activityId, submissionId, ballot])
                    .WaitAsync(TimeSpan.FromSeconds(10));
                if (receipt.Accepted)
                {
                    Assert.Equal(ballot, receipt.Ballot.Dots);
                    LastAcknowledged = ballot;
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
                else if (_client.Connection.State != HubConnectionState.Connected)
                {
                    await _client.DisposeAsync();
                    _client = await LiveClient.ConnectWithRetryAsync(reconnectTo, Joined.SessionId, Joined.Credential, TimeSpan.FromMinutes(1));
                    Reconnected = true;
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("A ballot was never stored.");
    }

    public async ValueTask DisposeAsync() => await _client.DisposeAsync();
}
