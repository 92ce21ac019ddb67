using System.Collections.Concurrent;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Cluster;

/// <summary>Kill -9 of one of two nodes in the middle of a vote burst loses nothing acknowledged and counts nothing twice.</summary>
public sealed class NodeCrashTests
{
    private const int Participants = 30;
    private const int BallotsEach = 4;
    private static readonly string[] Statements = ["Say it", "Learn", "Lead together", "Decide together"];

    [Fact]
    public async Task Killing_a_node_mid_burst_loses_no_acknowledged_vote_and_counts_none_twice()
    {
        await using var azurite = await Azurite.StartNewAsync();
        var serviceId = "k" + Guid.NewGuid().ToString("N")[..12];
        var nodeA = await NodeProcess.StartAsync(azurite.ConnectionString, serviceId);
        await using var nodeB = await NodeProcess.StartAsync(azurite.ConnectionString, serviceId);
        using var httpB = new HttpClient { BaseAddress = nodeB.BaseAddress };

        var workshop = await Workshop.StartAsync(httpB);
        await using var console = await LiveClient.ConnectAsync(nodeB.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await console.InvokeAsync<string>("AddCulturePriorities", Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", Statements, 3, 2, false));
        await console.InvokeAsync("OpenVoting", activityId);

        var phones = new List<Phone>();
        for (var i = 0; i < Participants; i++)
        {
            var joined = await Workshop.JoinAsync(httpB, workshop.JoinCode, $"P{i}");
            var node = i % 2 == 0 ? nodeA : nodeB;
            phones.Add(new Phone(joined, await LiveClient.ConnectAsync(node.BaseAddress, joined.SessionId, joined.Credential)));
        }

        // Every phone stores two ballots, then all of them move dots at once, and node A dies while
        // that second wave is in flight.
        var acknowledged = 0;
        var secondWave = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var burst = phones.Select(phone => Task.Run(async () =>
        {
            for (var b = 0; b < BallotsEach; b++)
            {
                if (b == BallotsEach / 2)
                {
                    await secondWave.Task;
                }

                var ballot = new Dictionary<string, int> { [$"s{(phone.Index(phones) + b) % 4 + 1}"] = 1 + (b % 2), [$"s{(b + 2) % 4 + 1}"] = 1 };
                await phone.CastUntilStoredAsync(activityId, ballot, nodeB);
                Interlocked.Increment(ref acknowledged);
            }
        })).ToList();

        await Eventually.IsTrueAsync(() => Volatile.Read(ref acknowledged) == Participants * BallotsEach / 2, "the first wave to be stored");
        secondWave.SetResult();
        nodeA.Kill();
        await Task.WhenAll(burst).WaitAsync(TimeSpan.FromMinutes(3));
        await nodeA.DisposeAsync();

        // Like a console reconnecting after the crash: until the cluster has declared node A dead, a
        // connection can be closed while it loads grains that lived there; then it connects again.
        var view = await Eventually.ReturnsAsync(() => StoredViewAsync(nodeB, workshop.SessionId, workshop.FacilitatorKey, activityId),
            v => v?.VoterCount == Participants, "every participant in the stored tally", TimeSpan.FromMinutes(2));
        Assert.NotNull(view);
        var expected = Statements.Select((_, i) => phones.Sum(p => p.LastAcknowledged!.GetValueOrDefault($"s{i + 1}"))).ToArray();
        Assert.Equal(expected, view.Tally!.Select(t => t.Dots));
        Assert.Equal(phones.Sum(p => p.LastAcknowledged!.Values.Sum()), view.DotsPlaced);
        Assert.Contains(phones, p => p.MovedNode);
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    private static async Task<CulturePrioritiesView?> StoredViewAsync(NodeProcess node, string sessionId, string key, string activityId)
    {
        await using var console = await LiveClient.ConnectWithRetryAsync(node.BaseAddress, sessionId, key, TimeSpan.FromMinutes(1));
        try
        {
            await Eventually.IsTrueAsync(
                () => console.Activity(activityId) is not null || console.Connection.State == HubConnectionState.Disconnected,
                "a snapshot or a closed connection", TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            return null;
        }

        return console.Activity(activityId);
    }

    /// <summary>A participant that retries each ballot with the same submission id until it is stored, moving to node B if its node dies.</summary>
    private sealed class Phone(JoinedSession joined, LiveClient client) : IAsyncDisposable
    {
        private LiveClient _client = client;

        public Dictionary<string, int>? LastAcknowledged { get; private set; }

        public bool MovedNode { get; private set; }

        public int Index(List<Phone> all) => all.IndexOf(this);

        public async Task CastUntilStoredAsync(string activityId, Dictionary<string, int> ballot, NodeProcess fallback)
        {
            var submissionId = Guid.NewGuid().ToString();
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
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
                }
                catch (Exception e) when (e is not Xunit.Sdk.XunitException)
                {
                    // The node is gone or the call timed out: reconnect (to the surviving node) and resend the same submission.
                    if (_client.Connection.State != HubConnectionState.Connected)
                    {
                        await _client.DisposeAsync();
                        _client = await LiveClient.ConnectWithRetryAsync(fallback.BaseAddress, joined.SessionId, joined.Credential, TimeSpan.FromMinutes(1));
                        MovedNode = true;
                    }
                }

                await Task.Delay(200);
            }

            throw new TimeoutException("A ballot was never stored.");
        }

        public async ValueTask DisposeAsync() => await _client.DisposeAsync();
    }
}
