using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Workshop;
using Orleans.Core.Internal;
using static AntiLeadership.Live.Tests.Grains.CulturePrioritiesSetups;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// How votes meet storage: many share one write, none is acknowledged before its write, and a vote
/// whose write failed counts exactly once when retried. The tests in this class share one storage, so
/// they run one after another.
/// </summary>
public sealed class GroupCommitTests(ObservedStorageFixture fixture) : IClassFixture<ObservedStorageFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private async Task<ICulturePrioritiesGrain> OpenVoteAsync()
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        await vote.SetUp("session-g", Standard(dots: 3, perStatement: 2)).WaitAsync(Timeout);
        await vote.OpenVoting().WaitAsync(Timeout);
        return vote;
    }

    private static async Task<T> WhileWritesFailAsync<T>(Func<Task<T>> calls)
    {
        ObservedStorageFixture.Storage.FailWrites = true;
        try
        {
            return await calls();
        }
        finally
        {
            ObservedStorageFixture.Storage.FailWrites = false;
        }
    }

    [Fact]
    public async Task A_burst_of_votes_is_stored_in_far_fewer_writes_than_votes()
    {
        var vote = await OpenVoteAsync();
        var before = ObservedStorageFixture.Storage.Writes;

        var receipts = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(i => vote.CastDots($"p{i}", $"sub-{i}", Dots(("s1", 1))))).WaitAsync(Timeout);

        var writes = ObservedStorageFixture.Storage.Writes - before;
        Assert.All(receipts, r => Assert.True(r.Accepted));
        Assert.Equal(200, (await vote.GetVoteView().WaitAsync(Timeout)).DotsPlaced);
        Assert.InRange(writes, 1, 50);
    }

    [Fact]
    public async Task A_web_nodes_batch_is_stored_in_one_write_and_each_input_gets_its_own_answer_in_order()
    {
        var vote = await OpenVoteAsync();
        await vote.CastDots("ana", "sub-a1", Dots(("s1", 1))).WaitAsync(Timeout);
        var before = ObservedStorageFixture.Storage.Writes;

        var receipts = await vote.SubmitAll(
        [
            new Submission("bo", "sub-b1", new CulturePrioritiesInput(Dots(("s1", 2)))),
            new Submission("cy", "sub-c1", new CulturePrioritiesInput(Dots(("s2", 3)))),
            new Submission("ana", "sub-a1", new CulturePrioritiesInput(Dots(("s1", 1)))),
            new Submission("dee", "sub-d1", new CulturePrioritiesInput(Dots(("s3", 1)))),
            new Submission("bo", "sub-b1", new CulturePrioritiesInput(Dots(("s1", 2)))),
        ]).WaitAsync(Timeout);

        Assert.Equal(1, ObservedStorageFixture.Storage.Writes - before);
        Assert.Equal([true, false, true, true, true], receipts.Select(r => r.Accepted));
        // Three dots on one statement is more than the two allowed: refused, and only that one.
        Assert.NotNull(receipts[1].Rejection);
        // Ana's repeat of a stored vote, and Bo's repeat within the same batch, count once each.
        Assert.Equal([false, false, true, false, true], receipts.Select(r => r.AlreadyCounted));
        Assert.Equal(2, ((Ballot)receipts[4].Contribution).Dots["s1"]);
        var view = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(4, view.DotsPlaced);
        Assert.Equal(3, view.Stage.Contributors);
    }

    [Fact]
    public async Task Votes_sent_through_a_nodes_intake_lanes_at_once_share_writes_and_each_counts_once()
    {
        var vote = await OpenVoteAsync();
        var lanes = new IntakeLanes();
        var before = ObservedStorageFixture.Storage.Writes;

        var receipts = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            lanes.SubmitAsync(vote, new Submission($"p{i}", $"sub-{i}", new CulturePrioritiesInput(Dots(("s2", 1))))))).WaitAsync(Timeout);
        // A lane that went quiet has closed: the next vote opens another and is answered all the same.
        var later = await lanes.SubmitAsync(vote, new Submission("late", "sub-late", new CulturePrioritiesInput(Dots(("s3", 1))))).WaitAsync(Timeout);

        Assert.All(receipts, r => Assert.True(r.Accepted));
        Assert.All(receipts, r => Assert.Equal(1, ((Ballot)r.Contribution).Dots["s2"]));
        Assert.True(later.Accepted);
        Assert.Equal(201, (await vote.GetVoteView().WaitAsync(Timeout)).DotsPlaced);
        Assert.InRange(ObservedStorageFixture.Storage.Writes - before, 2, 20);
    }

    [Fact]
    public async Task A_vote_whose_write_failed_is_not_acknowledged_and_its_retry_counts_once()
    {
        var vote = await OpenVoteAsync();
        var (failed, shownMeanwhile) = await WhileWritesFailAsync(async () =>
            (await vote.CastDots("ana", "sub-1", Dots(("s2", 2))).WaitAsync(Timeout), await vote.GetBallot("ana").WaitAsync(Timeout)));

        var retried = await vote.CastDots("ana", "sub-1", Dots(("s2", 2))).WaitAsync(Timeout);
        var again = await vote.CastDots("ana", "sub-1", Dots(("s2", 2))).WaitAsync(Timeout);

        Assert.False(failed.Accepted);
        Assert.StartsWith("Not saved", failed.Rejection);
        // Nothing was stored, so nothing is shown as the participant's ballot until it is.
        Assert.Empty(failed.Ballot.Dots);
        Assert.Empty(shownMeanwhile.Dots);
        Assert.Equal(2, retried.Ballot.Dots["s2"]);
        Assert.True(retried.Accepted);
        Assert.True(retried.AlreadyCounted);
        Assert.True(again.AlreadyCounted);
        var view = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(2, view.DotsPlaced);
        Assert.Equal(1, view.Stage.Contributors);
    }

    [Fact]
    public async Task A_vote_whose_write_landed_but_whose_answer_was_lost_counts_once_after_its_retry()
    {
        var vote = await OpenVoteAsync();
        ObservedStorageFixture.Storage.LoseNextAnswer = true;
        var failed = await vote.CastDots("ana", "sub-1", Dots(("s1", 1), ("s2", 1))).WaitAsync(Timeout);

        // The grain's ETag is now behind the stored one. A phone retries until it hears "counted"; each
        // retry must end in that, not in "not saved" for ever.
        var retried = await Eventually.ReturnsAsync(
            () => vote.CastDots("ana", "sub-1", Dots(("s1", 1), ("s2", 1))),
            receipt => receipt.Accepted,
            "the retried vote to be confirmed");
        var next = await vote.CastDots("ben", "sub-2", Dots(("s3", 2))).WaitAsync(Timeout);

        Assert.False(failed.Accepted);
        Assert.True(retried.AlreadyCounted);
        Assert.True(next.Accepted);
        var view = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(4, view.DotsPlaced);
        Assert.Equal(2, view.Stage.Contributors);
        Assert.Equal([1, 1, 2], view.Tally!.Take(3).Select(t => t.Dots));
    }

    [Fact]
    public async Task A_journal_write_that_landed_unanswered_never_brings_an_older_ballot_back_after_a_reload()
    {
        var vote = await OpenVoteAsync();
        ObservedStorageFixture.Storage.LoseNextAnswer = true;
        var lost = await vote.CastDots("ana", "sub-1", Dots(("s1", 1))).WaitAsync(Timeout);

        // Ana changes her mind while storage is down, and the facilitator reveals: the next write is the
        // whole state, holding her newer ballot, while the journal slot with the older one is still stored.
        var (changed, revealed) = await WhileWritesFailAsync(async () =>
            (await vote.CastDots("ana", "sub-2", Dots(("s3", 2))).WaitAsync(Timeout), await vote.RevealResults().WaitAsync(Timeout)));
        var retried = await vote.CastDots("ana", "sub-2", Dots(("s3", 2))).WaitAsync(Timeout);
        await vote.Cast<IGrainManagementExtension>().DeactivateOnIdle().AsTask().WaitAsync(Timeout);

        Assert.False(lost.Accepted);
        Assert.False(changed.Accepted);
        Assert.False(revealed.Succeeded);
        Assert.True(retried.AlreadyCounted);
        Assert.Equal(new Dictionary<string, int> { ["s3"] = 2 }, (await vote.GetBallot("ana").WaitAsync(Timeout)).Dots);
        Assert.Equal(2, (await vote.GetVoteView().WaitAsync(Timeout)).DotsPlaced);
    }

    [Fact]
    public async Task Closing_again_after_a_failed_write_is_confirmed_only_once_the_close_is_stored()
    {
        var vote = await OpenVoteAsync();
        var (first, whileDown) = await WhileWritesFailAsync(async () =>
            (await vote.CloseVoting().WaitAsync(Timeout), await vote.CloseVoting().WaitAsync(Timeout)));

        var writesBefore = ObservedStorageFixture.Storage.Writes;
        var afterwards = await vote.CloseVoting().WaitAsync(Timeout);

        Assert.StartsWith("Not saved", first.Rejection);
        Assert.StartsWith("Not saved", whileDown.Rejection);
        Assert.True(afterwards.Succeeded);
        Assert.Equal(writesBefore + 1, ObservedStorageFixture.Storage.Writes);
    }
}
