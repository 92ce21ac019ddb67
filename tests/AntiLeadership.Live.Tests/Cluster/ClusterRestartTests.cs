using System.Diagnostics;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Cluster;

/// <summary>Both nodes of a cluster die mid-activity and a new cluster starts on the same storage.</summary>
public sealed class ClusterRestartTests
{
    // Ends while the cluster is down: the kill comes right after the timer is set.
    private const int EndsWhileDownSeconds = 5;

    // Ends after the restart. A node starting on the membership table of a cluster that died took 35-44 s
    // here (it waits on the dead silos' entries), so this leaves about twice that.
    private const int EndsAfterRestartSeconds = 90;

    [Fact]
    public async Task Restarting_the_whole_cluster_mid_activity_keeps_votes_status_and_timers()
    {
        var storage = ClusterStorage.OnPostgres(SharedPostgres.Server.ConnectionString);
        var first = new[] { await NodeProcess.StartAsync(storage), await NodeProcess.StartAsync(storage) };
        using var http = new HttpClient { BaseAddress = first[0].BaseAddress, Timeout = Eventually.DefaultTimeout };
        var workshop = await Workshop.StartAsync(http);
        var ana = await Workshop.JoinAsync(http, workshop.JoinCode, "Ana");
        string openVote, closedVote;
        DateTimeOffset closesAt;
        await using (var console = await LiveClient.ConnectAsync(first[0].BaseAddress, workshop.SessionId, workshop.FacilitatorKey))
        await using (var phone = await LiveClient.ConnectAsync(first[1].BaseAddress, ana.SessionId, ana.Credential))
        {
            closedVote = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
                new CulturePrioritiesSetup("Warm-up", ["Yes", "No"], 1, 1, false));
            openVote = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
                new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn", "Lead together"], 3, 2, true));
            await console.SteerAsync(closedVote, ActivityCommands.Open);
            Assert.True((await phone.CastDotsAsync(closedVote, "w-1", new Dictionary<string, int> { ["s1"] = 1 })).Accepted);
            await console.SteerAsync(closedVote, ActivityCommands.Close);
            await console.InvokeAsync("ShowActivity", openVote);
            await console.SteerAsync(openVote, ActivityCommands.Timer, 1800);
            Assert.True((await phone.CastDotsAsync(openVote, "c-1", new Dictionary<string, int> { ["s2"] = 2, ["s3"] = 1 })).Accepted);
            await console.WaitForActivityAsync(openVote, v => v.Stage.ClosesAt is not null && v.DotsPlaced == 3, "the timer and the vote on the console");
            closesAt = console.Activity(openVote)!.Stage.ClosesAt!.Value;
        }

        // Every node dies at once, the way a power cut takes a room's laptops down.
        foreach (var node in first)
        {
            node.Kill();
            await node.DisposeAsync();
        }

        await using var again = await NodeProcess.StartAsync(storage);
        await using var check = await LiveClient.ConnectWithRetryAsync(again.BaseAddress, workshop.SessionId, workshop.FacilitatorKey, TimeSpan.FromMinutes(1));

        await check.WaitForActivityAsync(openVote, v => v.DotsPlaced == 3, "the open vote after the restart");
        var open = check.Activity(openVote)!;
        Assert.Equal(ActivityStatus.Open, open.Stage.Status);
        Assert.Equal(closesAt, open.Stage.ClosesAt);
        Assert.Equal([0, 2, 1], open.Tally!.Select(t => t.Dots));
        Assert.Equal(openVote, check.Session!.CurrentActivityId);
        await using var phoneAgain = await LiveClient.ConnectWithRetryAsync(again.BaseAddress, ana.SessionId, ana.Credential, TimeSpan.FromMinutes(1));
        var late = await phoneAgain.CastDotsAsync(closedVote, "w-2", new Dictionary<string, int> { ["s2"] = 1 });
        Assert.Equal("Voting is closed.", late.Rejection);
        Assert.Equal(1, late.Ballot.Dots["s1"]);
        var moved = await phoneAgain.CastDotsAsync(openVote, "c-2", new Dictionary<string, int> { ["s1"] = 1 });
        Assert.True(moved.Accepted);
        Assert.Equal(1, moved.Ballot.Dots.Values.Sum());
    }

    [Fact]
    public async Task A_voting_timer_that_ended_while_the_cluster_was_down_is_closed_and_one_still_running_closes_by_itself_after_the_restart()
    {
        var storage = ClusterStorage.OnPostgres(SharedPostgres.Server.ConnectionString);
        string runningVote, endingVote;
        WorkshopStarted workshop;
        JoinedSession ana;
        DateTimeOffset runningEnds, endingEndsAfter, endingEndsBefore, killedAt;
        // One node is the whole cluster here: timers do not depend on how many nodes there are, and every
        // node start costs this machine seconds.
        await using (var first = await NodeProcess.StartAsync(storage))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress, Timeout = Eventually.DefaultTimeout };
            workshop = await Workshop.StartAsync(http);
            ana = await Workshop.JoinAsync(http, workshop.JoinCode, "Ana");
            await using var console = await LiveClient.ConnectAsync(first.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
            await using var phone = await LiveClient.ConnectAsync(first.BaseAddress, ana.SessionId, ana.Credential);
            runningVote = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
                new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn", "Lead together"], 3, 2, false));
            endingVote = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
                new CulturePrioritiesSetup("Quick check", ["Yes", "No"], 1, 1, false));
            await console.InvokeAsync("ShowActivity", runningVote);
            await console.SteerAsync(runningVote, ActivityCommands.Timer, EndsAfterRestartSeconds);
            await console.WaitForActivityAsync(runningVote, v => v.Stage.ClosesAt is not null, "the running timer on the console");
            runningEnds = console.Activity(runningVote)!.Stage.ClosesAt!.Value;
            await console.SteerAsync(endingVote, ActivityCommands.Open);
            Assert.True((await phone.CastDotsAsync(endingVote, "q-1", new Dictionary<string, int> { ["s1"] = 1 })).Accepted);

            // The grain sets the end time while answering, so it lies between these two readings of the clock.
            endingEndsAfter = DateTimeOffset.UtcNow.AddSeconds(EndsWhileDownSeconds);
            await console.SteerAsync(endingVote, ActivityCommands.Timer, EndsWhileDownSeconds);
            endingEndsBefore = DateTimeOffset.UtcNow.AddSeconds(EndsWhileDownSeconds);
            killedAt = DateTimeOffset.UtcNow;
            first.Kill();
        }

        // Otherwise the timer may have closed voting before the kill, and the case below would prove nothing.
        Assert.True(killedAt < endingEndsAfter, $"The node was killed {(killedAt - endingEndsAfter).TotalSeconds:0.0} s after the short timer could end.");
        await Eventually.IsTrueAsync(() => DateTimeOffset.UtcNow > endingEndsBefore, "the short timer to end while the cluster is down");

        var restarting = Stopwatch.StartNew();
        await using var again = await NodeProcess.StartAsync(storage);
        await using var check = await LiveClient.ConnectWithRetryAsync(again.BaseAddress, workshop.SessionId, workshop.FacilitatorKey, TimeSpan.FromMinutes(1));
        await check.WaitForActivityAsync(runningVote, v => v.Stage.ClosesAt == runningEnds, "the running vote after the restart");

        // Still open with time to go; from here the test only listens, so whatever closes it is the grain's own timer.
        Assert.Equal(ActivityStatus.Open, check.Activity(runningVote)!.Stage.Status);
        Assert.True(DateTimeOffset.UtcNow < runningEnds, $"The restart took {restarting.Elapsed.TotalSeconds:0} s, longer than the running timer.");
        await check.WaitForActivityAsync(runningVote, v => v.Stage.Status == ActivityStatus.Closed, "the running timer to close voting by itself",
            runningEnds - DateTimeOffset.UtcNow + Eventually.DefaultTimeout);
        Assert.True(DateTimeOffset.UtcNow >= runningEnds, "Voting closed before its end time.");
        Assert.Equal(runningEnds, check.Activity(runningVote)!.Stage.ClosesAt);

        // The vote whose end time passed while nobody had it loaded is closed as soon as it is activated.
        await check.InvokeAsync("ShowActivity", endingVote);
        await check.WaitForActivityAsync(endingVote, v => v.Stage.Status == ActivityStatus.Closed, "the vote that ended while the cluster was down to be closed");
        Assert.InRange(check.Activity(endingVote)!.Stage.ClosesAt!.Value, endingEndsAfter, endingEndsBefore);
        await using var phoneAgain = await LiveClient.ConnectWithRetryAsync(again.BaseAddress, ana.SessionId, ana.Credential, TimeSpan.FromMinutes(1));
        var late = await phoneAgain.CastDotsAsync(endingVote, "q-2", new Dictionary<string, int> { ["s2"] = 1 });
        Assert.Equal("Voting is closed.", late.Rejection);
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 1 }, late.Ballot.Dots);
    }
}
