using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Cluster;

/// <summary>Two real node processes in one cluster, no backplane.</summary>
public sealed class TwoNodeTests
{
    /// <summary>On Azure Storage (Azurite standing in for it): grain state in blobs, membership in a table.</summary>
    [Fact]
    public async Task On_Azure_Storage_a_participant_on_one_node_and_the_board_on_another_see_the_same_live_state()
    {
        await using var azurite = await Azurite.StartNewAsync();
        var storage = ClusterStorage.OnAzure(azurite.ConnectionString);
        await using var nodeA = await NodeProcess.StartAsync(storage);
        await using var nodeB = await NodeProcess.StartAsync(storage);
        using var httpA = new HttpClient { BaseAddress = nodeA.BaseAddress };
        using var httpB = new HttpClient { BaseAddress = nodeB.BaseAddress };

        var workshop = await Workshop.StartAsync(httpA);
        var ana = await Workshop.JoinAsync(httpB, workshop.JoinCode, "Ana");
        await using var console = await LiveClient.ConnectAsync(nodeA.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        await using var board = await LiveClient.ConnectAsync(nodeB.BaseAddress, workshop.SessionId, credential: null);
        await using var phone = await LiveClient.ConnectAsync(nodeA.BaseAddress, ana.SessionId, ana.Credential);
        var activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn", "Lead together"], 3, 2, false));
        await console.SteerAsync(activityId, ActivityCommands.Open);

        var receipt = await phone.CastDotsAsync(activityId, "a-1", new Dictionary<string, int> { ["s2"] = 2, ["s3"] = 1 });

        Assert.True(receipt.Accepted);
        await board.WaitForActivityAsync(activityId, v => v.DotsPlaced == 3 && v.Stage.Status == ActivityStatus.Open, "node B's board to show the vote cast on node A");
        Assert.Equal([0, 2, 1], board.Activity(activityId)!.Tally!.Select(t => t.Dots));
        await board.WaitForSessionAsync(s => s.PresentCount == 1, "node B's board to count the phone connected to node A");
    }

    /// <summary>
    /// The node that dies holds a subscription with the session grain (its console's link). Orleans
    /// places that grain on either node, and each is its own path: on the dying node the grain comes back
    /// on the other one and the links there subscribe again; on the surviving node it goes on relaying,
    /// with a dead subscriber in its list. The test finds out where the grain is and runs either case.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task When_a_node_with_subscriptions_dies_votes_keep_working_and_the_other_node_keeps_getting_updates(bool theSessionLivedOnIt)
    {
        // On premises: grain state and membership in the PostgreSQL database.
        var storage = ClusterStorage.OnPostgres(SharedPostgres.Server.ConnectionString);
        await using var first = await NodeProcess.StartAsync(storage);
        await using var second = await NodeProcess.StartAsync(storage);
        await using var probe = await ClusterProbe.ConnectAsync(storage);
        using var http = new HttpClient { BaseAddress = first.BaseAddress };

        var workshop = await Workshop.StartAsync(http);
        var session = probe.Client.GetGrain<ISessionGrain>(workshop.SessionId);
        var (host, other) = await probe.HostOfAsync(session, first, second);
        var (dying, surviving) = theSessionLivedOnIt ? (host, other) : (other, host);
        await using var console = await LiveClient.ConnectAsync(dying.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn", "Lead together"], 3, 2, false));
        await console.SteerAsync(activityId, ActivityCommands.Open);
        await using var phone = await VotingPhone.JoinAsync(http, surviving.BaseAddress, workshop.JoinCode, "Ana");
        await using var board = await LiveClient.ConnectAsync(surviving.BaseAddress, workshop.SessionId, credential: null);
        await phone.CastUntilStoredAsync(activityId, new() { ["s1"] = 1 }, surviving.BaseAddress, TimeSpan.FromSeconds(30));
        await board.WaitForActivityAsync(activityId, v => v.DotsPlaced == 1, "the surviving node's board to show the first vote");

        // Still where it was when the roles were handed out: the case this run is about.
        Assert.Equal(host.SiloPort, await probe.SiloPortOfAsync(session));
        dying.Kill();
        await phone.CastUntilStoredAsync(activityId, new() { ["s2"] = 2, ["s3"] = 1 }, surviving.BaseAddress, TimeSpan.FromMinutes(1));

        // The same board connection, never reconnected, follows along.
        await Eventually.IsTrueAsync(
            () => board.Activity(activityId) is { DotsPlaced: 3 } view && view.Tally!.Select(t => t.Dots).SequenceEqual([0, 2, 1]),
            "the surviving node's board to show the vote cast after the other node died", TimeSpan.FromSeconds(45));
        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, board.Connection.State);
    }
}
