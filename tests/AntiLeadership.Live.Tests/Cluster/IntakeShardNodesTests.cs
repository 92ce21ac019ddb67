using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Activities.Intake;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Cluster;

/// <summary>
/// Two real node processes of one cluster, set to spread each anonymous dot vote's intake over sixteen
/// shards: phones on both nodes vote through the hub, which sends each ballot to its participant's
/// shard; the shards live on both nodes, and the vote counts every acknowledged ballot exactly once.
/// </summary>
public sealed class IntakeShardNodesTests
{
    private const int Shards = 16;
    private const int People = 12;

    [Fact]
    public async Task Phones_on_two_nodes_vote_through_shards_on_both_nodes_and_every_ballot_counts_once()
    {
        var storage = ClusterStorage.OnPostgres(SharedPostgres.Server.ConnectionString);
        var setting = $"--{IntakeOptionsSection}={Shards}";
        await using var first = await NodeProcess.StartAsync(storage, Web.Hosting.LiveModes.CoHosted, setting);
        await using var second = await NodeProcess.StartAsync(storage, Web.Hosting.LiveModes.CoHosted, setting);
        await using var probe = await ClusterProbe.ConnectAsync(storage);
        NodeProcess[] nodes = [first, second];
        using var http = new HttpClient { BaseAddress = first.BaseAddress };

        var workshop = await Workshop.StartAsync(http);
        await using var console = await LiveClient.ConnectAsync(first.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn", "Lead together"], 3, 2, false));
        await console.SteerAsync(activityId, ActivityCommands.Open);
        var phones = new List<LiveClient>();
        for (var i = 0; i < People; i++)
        {
            var joined = await Workshop.JoinAsync(http, workshop.JoinCode, $"Person {i}");
            phones.Add(await LiveClient.ConnectAsync(nodes[i % 2].BaseAddress, joined.SessionId, joined.Credential));
        }

        try
        {
            var receipts = await Task.WhenAll(phones.Select(p => p.CastDotsAsync(activityId, "b-1", new Dictionary<string, int> { ["s1"] = 2, ["s3"] = 1 })));
            var retried = await phones[0].CastDotsAsync(activityId, "b-1", new Dictionary<string, int> { ["s1"] = 2, ["s3"] = 1 });
            await console.SteerAsync(activityId, ActivityCommands.Close);

            Assert.All(receipts, r => Assert.True(r.Accepted, r.Rejection));
            Assert.True(retried.AlreadyCounted);
            Assert.Equal(Shards, console.Session!.Activities.Single(a => a.ActivityId == activityId).IntakeShards);
            await console.WaitForActivityAsync(activityId, v => v.Stage.Status == ActivityStatus.Closed && v.DotsPlaced == People * 3,
                "the closed vote to count every ballot");
            var view = console.Activity(activityId)!;
            Assert.Equal([People * 2, 0, People], view.Tally!.Select(t => t.Dots));
            Assert.Equal(People, view.Stage.Contributors);
            var late = await phones[1].CastDotsAsync(activityId, "b-2", new Dictionary<string, int> { ["s2"] = 1 });
            Assert.Equal("Voting is closed.", late.Rejection);

            var ports = new HashSet<int>();
            for (var shard = 0; shard < Shards; shard++)
            {
                ports.Add(await probe.SiloPortOfAsync(probe.Client.GetGrain<ICulturePrioritiesShardGrain>(IntakeShards.KeyOf(activityId, shard))));
            }

            // Random placement: sixteen shards all on one of two nodes would happen once in 32,768 runs.
            // The close activated every shard (each stored it), so each has a node to name.
            Assert.Equal(nodes.Select(n => n.SiloPort!.Value).ToHashSet(), ports);
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }
    }

    private const string IntakeOptionsSection = "Activities:IntakeShards";
}
