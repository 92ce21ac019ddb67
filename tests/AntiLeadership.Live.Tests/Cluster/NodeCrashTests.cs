using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
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

        var phones = new List<VotingPhone>();
        for (var i = 0; i < Participants; i++)
        {
            var node = i % 2 == 0 ? nodeA : nodeB;
            phones.Add(await VotingPhone.JoinAsync(httpB, node.BaseAddress, workshop.JoinCode, $"P{i}"));
        }

        // Every phone stores two ballots, then all of them move dots at once, and node A dies while
        // that second wave is in flight.
        var acknowledged = 0;
        var secondWave = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var burst = phones.Select((phone, index) => Task.Run(async () =>
        {
            for (var b = 0; b < BallotsEach; b++)
            {
                if (b == BallotsEach / 2)
                {
                    await secondWave.Task;
                }

                var ballot = new Dictionary<string, int> { [$"s{(index + b) % 4 + 1}"] = 1 + (b % 2), [$"s{(b + 2) % 4 + 1}"] = 1 };
                await phone.CastUntilStoredAsync(activityId, ballot, nodeB.BaseAddress, TimeSpan.FromMinutes(2));
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
        Assert.Contains(phones, p => p.Reconnected);
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
}
