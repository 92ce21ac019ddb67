using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Cluster;

/// <summary>Both nodes of a cluster die mid-activity and a new cluster starts on the same storage.</summary>
public sealed class ClusterRestartTests
{
    [Fact]
    public async Task Restarting_the_whole_cluster_mid_activity_keeps_votes_status_and_timers()
    {
        await using var azurite = await Azurite.StartNewAsync();
        var serviceId = "r" + Guid.NewGuid().ToString("N")[..12];
        var first = new[] { await NodeProcess.StartAsync(azurite.ConnectionString, serviceId), await NodeProcess.StartAsync(azurite.ConnectionString, serviceId) };
        using var http = new HttpClient { BaseAddress = first[0].BaseAddress };
        var workshop = await Workshop.StartAsync(http);
        var ana = await Workshop.JoinAsync(http, workshop.JoinCode, "Ana");
        string openVote, closedVote;
        DateTimeOffset closesAt;
        await using (var console = await LiveClient.ConnectAsync(first[0].BaseAddress, workshop.SessionId, workshop.FacilitatorKey))
        await using (var phone = await LiveClient.ConnectAsync(first[1].BaseAddress, ana.SessionId, ana.Credential))
        {
            closedVote = await console.InvokeAsync<string>("AddCulturePriorities", Guid.NewGuid().ToString(),
                new CulturePrioritiesSetup("Warm-up", ["Yes", "No"], 1, 1, false));
            openVote = await console.InvokeAsync<string>("AddCulturePriorities", Guid.NewGuid().ToString(),
                new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn", "Lead together"], 3, 2, true));
            await console.InvokeAsync("OpenVoting", closedVote);
            Assert.True((await phone.InvokeAsync<BallotReceipt>("CastDots", closedVote, "w-1", new Dictionary<string, int> { ["s1"] = 1 })).Accepted);
            await console.InvokeAsync("CloseVoting", closedVote);
            await console.InvokeAsync("ShowActivity", openVote);
            await console.InvokeAsync("SetVotingTimer", openVote, 1800);
            Assert.True((await phone.InvokeAsync<BallotReceipt>("CastDots", openVote, "c-1", new Dictionary<string, int> { ["s2"] = 2, ["s3"] = 1 })).Accepted);
            await console.WaitForActivityAsync(openVote, v => v.ClosesAt is not null && v.DotsPlaced == 3, "the timer and the vote on the console");
            closesAt = console.Activity(openVote)!.ClosesAt!.Value;
        }

        // Every node dies at once, the way a power cut takes a room's laptops down.
        foreach (var node in first)
        {
            node.Kill();
            await node.DisposeAsync();
        }

        await using var again = await NodeProcess.StartAsync(azurite.ConnectionString, serviceId);
        await using var check = await LiveClient.ConnectWithRetryAsync(again.BaseAddress, workshop.SessionId, workshop.FacilitatorKey, TimeSpan.FromMinutes(1));

        await check.WaitForActivityAsync(openVote, v => v.DotsPlaced == 3, "the open vote after the restart");
        var open = check.Activity(openVote)!;
        Assert.Equal(VotingStatus.Open, open.Status);
        Assert.Equal(closesAt, open.ClosesAt);
        Assert.Equal([0, 2, 1], open.Tally!.Select(t => t.Dots));
        Assert.Equal(openVote, check.Session!.CurrentActivityId);
        await using var phoneAgain = await LiveClient.ConnectWithRetryAsync(again.BaseAddress, ana.SessionId, ana.Credential, TimeSpan.FromMinutes(1));
        var late = await phoneAgain.InvokeAsync<BallotReceipt>("CastDots", closedVote, "w-2", new Dictionary<string, int> { ["s2"] = 1 });
        Assert.Equal("Voting is closed.", late.Rejection);
        Assert.Equal(1, late.Ballot.Dots["s1"]);
        var moved = await phoneAgain.InvokeAsync<BallotReceipt>("CastDots", openVote, "c-2", new Dictionary<string, int> { ["s1"] = 1 });
        Assert.True(moved.Accepted);
        Assert.Equal(1, moved.Ballot.Dots.Values.Sum());
    }
}
