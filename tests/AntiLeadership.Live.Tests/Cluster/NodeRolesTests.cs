using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Hosting;

namespace AntiLeadership.Live.Tests.Cluster;

/// <summary>
/// The three kinds of node, chosen only by configuration, in one cluster on the PostgreSQL database:
/// the grain-only <c>Silo</c> executable, a web node in client mode, and a co-hosting web node.
/// </summary>
public sealed class NodeRolesTests
{
    [Fact]
    public async Task A_client_mode_web_node_runs_a_workshop_on_a_grain_only_silo_and_a_co_hosting_node_joins_and_sees_it()
    {
        var storage = ClusterStorage.OnPostgres(SharedPostgres.Server.ConnectionString);
        await using var silo = await SiloProcess.StartAsync(storage);
        await using var client = await NodeProcess.StartAsync(storage, LiveModes.Client);
        await using var probe = await ClusterProbe.ConnectAsync(storage);
        using var http = new HttpClient { BaseAddress = client.BaseAddress };

        var workshop = await Workshop.StartAsync(http);
        var ana = await Workshop.JoinAsync(http, workshop.JoinCode, "Ana");
        await using var console = await LiveClient.ConnectAsync(client.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        await using var phone = await LiveClient.ConnectAsync(client.BaseAddress, ana.SessionId, ana.Credential);
        var activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn", "Lead together"], 3, 2, false));
        await console.SteerAsync(activityId, ActivityCommands.Open);
        var first = await phone.CastDotsAsync(activityId, "a-1", new Dictionary<string, int> { ["s2"] = 2, ["s3"] = 1 });

        // The client-mode node is no member of the cluster: the grain-only silo is the only one, so
        // it runs every grain of this workshop.
        Assert.True(first.Accepted);
        Assert.Equal(new Dictionary<int, SiloStatus> { [silo.SiloPort] = SiloStatus.Active }, await probe.MembersAsync());
        Assert.Equal(silo.SiloPort, await probe.SiloPortOfAsync(probe.Client.GetGrain<ICulturePrioritiesGrain>(activityId)));
        Assert.Equal(new Dictionary<string, int> { ["s2"] = 2, ["s3"] = 1 },
            (await StoredBallots.ReadAsync(storage, activityId))[ana.ParticipantId]);

        // A co-hosting node joins the running cluster: its board gets the stored state on connect and
        // then follows a vote cast through the client-mode node.
        await using var coHosting = await NodeProcess.StartAsync(storage);
        await using var board = await LiveClient.ConnectAsync(coHosting.BaseAddress, workshop.SessionId, credential: null);
        await board.WaitForActivityAsync(activityId, v => v.DotsPlaced == 3, "the co-hosting node's board to show the stored vote");
        var moved = await phone.CastDotsAsync(activityId, "a-2", new Dictionary<string, int> { ["s1"] = 1, ["s3"] = 2 });

        Assert.True(moved.Accepted);
        await board.WaitForActivityAsync(activityId, v => v.DotsPlaced == 3 && v.Tally!.Select(t => t.Dots).SequenceEqual([1, 0, 2]),
            "the co-hosting node's board to show the moved dots");
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 1, ["s3"] = 2 },
            (await StoredBallots.ReadAsync(storage, activityId))[ana.ParticipantId]);
        Assert.Equal(new Dictionary<int, SiloStatus> { [silo.SiloPort] = SiloStatus.Active, [coHosting.SiloPort!.Value] = SiloStatus.Active },
            await probe.MembersAsync());
        await board.WaitForSessionAsync(s => s.PresentCount == 1, "the co-hosting node's board to count the phone on the client-mode node");
    }
}
