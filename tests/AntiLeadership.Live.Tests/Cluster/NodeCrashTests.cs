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
    public async Task Killing_the_node_that_runs_the_vote_mid_burst_loses_no_acknowledged_vote_counts_none_twice_and_resyncs_every_phone_it_had()
    {
        var storage = ClusterStorage.OnPostgres(SharedPostgres.Server.ConnectionString);
        await using var first = await NodeProcess.StartAsync(storage);
        await using var second = await NodeProcess.StartAsync(storage);
        await using var probe = await ClusterProbe.ConnectAsync(storage);
        using var http = new HttpClient { BaseAddress = first.BaseAddress };

        var workshop = await Workshop.StartAsync(http);
        await using var console = await LiveClient.ConnectAsync(first.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", Statements, 3, 2, false));
        await console.SteerAsync(activityId, ActivityCommands.Open);

        // Orleans placed the vote's grain on one of the two: that node dies, so the grain has to come
        // back from storage on the other one in the middle of the burst.
        var vote = probe.Client.GetGrain<ICulturePrioritiesGrain>(activityId);
        var (doomed, survivor) = await probe.HostOfAsync(vote, first, second);
        var phones = new List<RoamingPhone>();
        for (var i = 0; i < Participants; i++)
        {
            var node = i % 2 == 0 ? doomed : survivor;
            phones.Add(await RoamingPhone.JoinAsync(http, workshop.JoinCode, $"P{i}", activityId, node.BaseAddress, survivor.BaseAddress));
        }

        // Every phone stores two ballots, then all of them move dots at once, and the node dies while
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
                await phone.CastUntilStoredAsync(ballot, TimeSpan.FromMinutes(2));
                Interlocked.Increment(ref acknowledged);
            }
        })).ToList();

        await Eventually.IsTrueAsync(() => Volatile.Read(ref acknowledged) == Participants * BallotsEach / 2, "the first wave to be stored");
        Assert.Equal(doomed.SiloPort, await probe.SiloPortOfAsync(vote));
        secondWave.SetResult();
        doomed.Kill();
        await Task.WhenAll(burst).WaitAsync(TimeSpan.FromMinutes(3));

        // Every phone of the dead node came back on its own (also one that had finished its ballots
        // before the kill) with its own ballot and the activity as stored: everyone's first wave at least.
        var orphans = phones.Where(p => p.Node == doomed.BaseAddress).ToList();
        await Eventually.IsTrueAsync(() => orphans.All(p => p.Resyncs.Count > 0), "every phone of the dead node to resync", TimeSpan.FromMinutes(2));
        foreach (var resync in orphans.SelectMany(p => p.Resyncs))
        {
            Assert.True(resync.GaveBackOwnBallot, $"A phone got back {string.Join(",", resync.Ballot.Dots)}, not a ballot it had sent.");
            Assert.Equal(Participants, resync.Activity.Stage.Contributors);
            Assert.Equal(ActivityStatus.Open, resync.Activity.Stage.Status);
        }

        // What is stored is exactly every phone's last acknowledged ballot, and the console that
        // reconnects sees the same.
        var stored = await StoredBallots.ReadAsync(storage, activityId);
        Assert.Equal(phones.ToDictionary(p => p.Joined.ParticipantId, p => p.LastAcknowledged!), stored);
        var view = await Eventually.ReturnsAsync(() => StoredViewAsync(survivor, workshop.SessionId, workshop.FacilitatorKey, activityId),
            v => v?.Stage.Contributors == Participants, "every participant in the console's tally", TimeSpan.FromMinutes(2));
        var expected = Statements.Select((_, i) => phones.Sum(p => p.LastAcknowledged!.GetValueOrDefault($"s{i + 1}"))).ToArray();
        Assert.Equal(expected, view!.Tally!.Select(t => t.Dots));
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
            // Until the cluster has declared the dead node dead, a connection can be closed while it
            // loads grains that lived there; then it connects again.
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
