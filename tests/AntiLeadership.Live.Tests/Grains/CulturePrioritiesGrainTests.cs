using AntiLeadership.Live.Activities;
using static AntiLeadership.Live.Tests.Grains.CulturePrioritiesSetups;

namespace AntiLeadership.Live.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class CulturePrioritiesGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private async Task<ICulturePrioritiesGrain> OpenVoteAsync(int dots = 3, int perStatement = 2, bool hidden = false)
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        Assert.True((await vote.SetUp("session-" + Guid.NewGuid().ToString("N"), Standard(dots, perStatement, hidden)).WaitAsync(Timeout)).Succeeded);
        Assert.True((await vote.OpenVoting().WaitAsync(Timeout)).Succeeded);
        return vote;
    }

    [Fact]
    public async Task A_participant_cannot_place_more_dots_than_they_have()
    {
        var vote = await OpenVoteAsync(dots: 3, perStatement: 2);

        var receipt = await vote.CastDots("ana", "sub-1", Dots(("s1", 2), ("s2", 2))).WaitAsync(Timeout);

        Assert.False(receipt.Accepted);
        Assert.Equal("All 3 dots used: take one off to move it.", receipt.Rejection);
        Assert.Empty(receipt.Ballot.Dots);
        var view = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(0, view.DotsPlaced);
        Assert.Equal(0, view.Stage.Contributors);
    }

    [Fact]
    public async Task A_statement_cannot_take_more_than_the_maximum_dots_from_one_participant()
    {
        var vote = await OpenVoteAsync(dots: 5, perStatement: 2);

        var receipt = await vote.CastDots("ana", "sub-1", Dots(("s1", 3))).WaitAsync(Timeout);

        Assert.False(receipt.Accepted);
        Assert.Equal("At most 2 dots can go on one statement: take one off here to put it elsewhere.", receipt.Rejection);
        Assert.Equal(0, (await vote.GetVoteView().WaitAsync(Timeout)).DotsPlaced);
    }

    [Fact]
    public async Task Dots_on_unknown_statements_or_negative_dots_are_refused()
    {
        var vote = await OpenVoteAsync();

        var unknown = await vote.CastDots("ana", "sub-1", Dots(("nope", 1))).WaitAsync(Timeout);
        var negative = await vote.CastDots("ana", "sub-2", Dots(("s1", -1), ("s2", 2))).WaitAsync(Timeout);

        Assert.Equal("That statement is not part of this vote.", unknown.Rejection);
        Assert.Equal("Dots cannot be negative.", negative.Rejection);
        Assert.Equal(0, (await vote.GetVoteView().WaitAsync(Timeout)).DotsPlaced);
    }

    [Fact]
    public async Task Moving_a_dot_never_changes_the_total_dots_of_a_participant()
    {
        var vote = await OpenVoteAsync(dots: 3, perStatement: 2);
        await vote.CastDots("ana", "sub-1", Dots(("s1", 2), ("s2", 1))).WaitAsync(Timeout);

        var moved = await vote.CastDots("ana", "sub-2", Dots(("s1", 1), ("s2", 1), ("s3", 1))).WaitAsync(Timeout);

        Assert.True(moved.Accepted);
        Assert.Equal(0, moved.Ballot.DotsLeft);
        var view = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(3, view.DotsPlaced);
        Assert.Equal(1, view.Stage.Contributors);
        Assert.Equal([1, 1, 1, 0], view.Tally!.Select(t => t.Dots));
    }

    [Fact]
    public async Task Resubmitting_the_same_submission_counts_once()
    {
        var vote = await OpenVoteAsync();

        var first = await vote.CastDots("ana", "sub-1", Dots(("s1", 2))).WaitAsync(Timeout);
        var again = await vote.CastDots("ana", "sub-1", Dots(("s1", 2))).WaitAsync(Timeout);

        Assert.True(first.Accepted);
        Assert.False(first.AlreadyCounted);
        Assert.True(again.Accepted);
        Assert.True(again.AlreadyCounted);
        Assert.Equal(first.Ballot.Revision, again.Ballot.Revision);
        var view = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(2, view.DotsPlaced);
        Assert.Equal(1, view.Stage.Contributors);
    }

    [Fact]
    public async Task The_same_submission_sent_three_times_at_once_counts_once()
    {
        var vote = await OpenVoteAsync();

        var receipts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => vote.CastDots("ana", "sub-1", Dots(("s2", 2))))).WaitAsync(Timeout);

        Assert.All(receipts, r => Assert.True(r.Accepted));
        Assert.Single(receipts, r => !r.AlreadyCounted);
        Assert.All(receipts, r => Assert.Equal(2, r.Ballot.Dots["s2"]));
        Assert.Equal(2, (await vote.GetVoteView().WaitAsync(Timeout)).DotsPlaced);
    }

    [Fact]
    public async Task Five_hundred_concurrent_voters_are_all_counted_exactly_once_with_increasing_versions()
    {
        var vote = await OpenVoteAsync(dots: 3, perStatement: 2);
        var before = (await vote.GetVoteView().WaitAsync(Timeout)).Version;

        var receipts = await Task.WhenAll(Enumerable.Range(0, 500)
            .Select(i => vote.CastDots($"p{i}", $"sub-{i}", Dots(($"s{i % 4 + 1}", 1))))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(receipts, r => Assert.True(r.Accepted));
        var view = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(500, view.Stage.Contributors);
        Assert.Equal(500, view.DotsPlaced);
        Assert.Equal([125, 125, 125, 125], view.Tally!.Select(t => t.Dots));
        Assert.Equal(before + 500, view.Version);
    }

    [Fact]
    public async Task Votes_are_refused_before_voting_opens_and_after_it_closes()
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        await vote.SetUp("session-x", Standard()).WaitAsync(Timeout);

        var early = await vote.CastDots("ana", "sub-1", Dots(("s1", 1))).WaitAsync(Timeout);
        await vote.OpenVoting().WaitAsync(Timeout);
        var inTime = await vote.CastDots("ana", "sub-2", Dots(("s1", 1))).WaitAsync(Timeout);
        await vote.CloseVoting().WaitAsync(Timeout);
        var late = await vote.CastDots("ana", "sub-3", Dots(("s1", 2))).WaitAsync(Timeout);

        Assert.Equal("Voting has not opened yet.", early.Rejection);
        Assert.True(inTime.Accepted);
        Assert.Equal("Voting is closed.", late.Rejection);
        Assert.Equal(1, late.Ballot.Dots["s1"]);
        var view = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(ActivityStatus.Closed, view.Stage.Status);
        Assert.Equal(1, view.DotsPlaced);
    }

    [Fact]
    public async Task Hidden_results_reach_the_audience_only_after_they_are_revealed()
    {
        var vote = await OpenVoteAsync(hidden: true);
        await vote.CastDots("ana", "sub-1", Dots(("s3", 2))).WaitAsync(Timeout);

        var hidden = (CulturePrioritiesView)(await vote.GetVoteView().WaitAsync(Timeout)).ForAudience();
        Assert.Null(hidden.Tally);
        Assert.False(hidden.TallyVisible);
        Assert.Equal(1, hidden.Stage.Contributors);

        await vote.RevealResults().WaitAsync(Timeout);
        var revealed = (CulturePrioritiesView)(await vote.GetVoteView().WaitAsync(Timeout)).ForAudience();
        Assert.True(revealed.TallyVisible);
        Assert.Equal(2, revealed.Tally!.Single(t => t.StatementId == "s3").Dots);
    }

    [Fact]
    public async Task The_facilitator_always_sees_the_tally_even_while_it_is_hidden()
    {
        var vote = await OpenVoteAsync(hidden: true);
        await vote.CastDots("ana", "sub-1", Dots(("s1", 1))).WaitAsync(Timeout);

        var full = await vote.GetVoteView().WaitAsync(Timeout);

        Assert.Equal(1, full.Tally!.Single(t => t.StatementId == "s1").Dots);
    }

    [Fact]
    public async Task Versions_strictly_increase_with_every_stored_change()
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        var versions = new List<long>();
        await vote.SetUp("session-y", Standard(hidden: true)).WaitAsync(Timeout);
        versions.Add((await vote.GetVoteView().WaitAsync(Timeout)).Version);
        foreach (var step in new Func<Task>[]
        {
            () => vote.OpenVoting(),
            () => vote.CastDots("ana", "a1", Dots(("s1", 1))),
            () => vote.CastDots("ana", "a2", Dots(("s2", 1))),
            () => vote.RevealResults(),
            () => vote.CloseVoting(),
        })
        {
            await step().WaitAsync(Timeout);
            versions.Add((await vote.GetVoteView().WaitAsync(Timeout)).Version);
        }

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public async Task A_setup_with_impossible_limits_is_refused_and_nothing_is_created()
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());

        var outcome = await vote.SetUp("session-z", Standard(dots: 2, perStatement: 3)).WaitAsync(Timeout);
        var tooFew = await vote.SetUp("session-z", new CulturePrioritiesSetup("Only one", ["Alone"], 3, 1, false)).WaitAsync(Timeout);

        Assert.Equal("Dots per statement must be at least 1 and no more than the dots each participant has.", outcome.Rejection);
        Assert.Equal("List between 2 and 30 statements.", tooFew.Rejection);
        Assert.Empty((await vote.GetVoteView().WaitAsync(Timeout)).Statements);
        Assert.False((await vote.OpenVoting().WaitAsync(Timeout)).Succeeded);
    }

    [Fact]
    public async Task A_voting_timer_closes_voting_by_itself_at_its_stored_end_time()
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        await vote.SetUp("session-t", Standard()).WaitAsync(Timeout);

        var before = DateTimeOffset.UtcNow;
        Assert.True((await vote.SetVotingTimer(1).WaitAsync(Timeout)).Succeeded);
        var running = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(ActivityStatus.Open, running.Stage.Status);
        Assert.InRange(running.Stage.ClosesAt!.Value, before.AddSeconds(1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.True((await vote.CastDots("ana", "a-1", Dots(("s1", 1))).WaitAsync(Timeout)).Accepted);

        var closed = await Infrastructure.Eventually.ReturnsAsync(() => vote.GetVoteView(), v => v.Stage.Status == ActivityStatus.Closed, "the timer to close voting");
        var late = await vote.CastDots("ana", "a-2", Dots(("s2", 1))).WaitAsync(Timeout);

        Assert.True(closed.Stage.ClosesAt <= DateTimeOffset.UtcNow);
        Assert.Equal("Voting is closed.", late.Rejection);
        Assert.Equal(1, closed.DotsPlaced);
    }

    [Fact]
    public async Task A_timer_longer_than_an_hour_is_refused()
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        await vote.SetUp("session-u", Standard()).WaitAsync(Timeout);

        var outcome = await vote.SetVotingTimer(3601).WaitAsync(Timeout);

        Assert.Equal("A timer can run for at most 60 minutes.", outcome.Rejection);
        Assert.Equal(ActivityStatus.NotOpened, (await vote.GetVoteView().WaitAsync(Timeout)).Stage.Status);
    }
}
