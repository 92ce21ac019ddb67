using AntiLeadership.Live.Activities;
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

    [Fact]
    public async Task A_burst_of_votes_is_stored_in_far_fewer_writes_than_votes()
    {
        var vote = await OpenVoteAsync();
        var before = ObservedStorageFixture.Storage.Writes;

        var receipts = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(i => vote.CastDots($"p{i}", $"sub-{i}", Dots(("s1", 1))))).WaitAsync(Timeout);

        var writes = ObservedStorageFixture.Storage.Writes - before;
        Assert.All(receipts, r => Assert.True(r.Accepted));
        Assert.Equal(200, (await vote.GetView().WaitAsync(Timeout)).DotsPlaced);
        Assert.InRange(writes, 1, 50);
    }

    [Fact]
    public async Task A_vote_whose_write_failed_is_not_acknowledged_and_its_retry_counts_once()
    {
        var vote = await OpenVoteAsync();
        ObservedStorageFixture.Storage.FailWrites = true;
        BallotReceipt failed;
        try
        {
            failed = await vote.CastDots("ana", "sub-1", Dots(("s2", 2))).WaitAsync(Timeout);
        }
        finally
        {
            ObservedStorageFixture.Storage.FailWrites = false;
        }

        var retried = await vote.CastDots("ana", "sub-1", Dots(("s2", 2))).WaitAsync(Timeout);
        var again = await vote.CastDots("ana", "sub-1", Dots(("s2", 2))).WaitAsync(Timeout);

        Assert.False(failed.Accepted);
        Assert.StartsWith("Not saved", failed.Rejection);
        Assert.True(retried.Accepted);
        Assert.True(retried.AlreadyCounted);
        Assert.True(again.AlreadyCounted);
        var view = await vote.GetView().WaitAsync(Timeout);
        Assert.Equal(2, view.DotsPlaced);
        Assert.Equal(1, view.VoterCount);
    }
}
