using AntiLeadership.Live.Tests.Infrastructure;
using static AntiLeadership.Live.Tests.Grains.CulturePrioritiesSetups;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>An activity's timer is a stored end time read against the injected clock: moving the clock is enough to end it.</summary>
public sealed class ActivityTimerTests(MovableClockFixture fixture) : IClassFixture<MovableClockFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Input_after_the_end_time_is_refused_and_closes_the_activity_for_everyone()
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        await vote.SetUp("session-t", Standard()).WaitAsync(Timeout);
        var started = fixture.Clock.GetUtcNow();
        Assert.True((await vote.SetVotingTimer(300).WaitAsync(Timeout)).Succeeded);

        fixture.Clock.Advance(TimeSpan.FromSeconds(299));
        var inTime = await vote.CastDots("ana", "a-1", Dots(("s1", 1))).WaitAsync(Timeout);
        fixture.Clock.Advance(TimeSpan.FromSeconds(2));
        var late = await vote.CastDots("ben", "b-1", Dots(("s2", 1))).WaitAsync(Timeout);
        // Moving the clock may also fire the grain's own timer, whose write of the close can still be
        // on its way: the stored view is what the room sees, so wait for it.
        var view = await Eventually.ReturnsAsync(() => vote.GetVoteView(), v => v.Stage.Status == ActivityStatus.Closed, "the close to be stored");

        Assert.True(inTime.Accepted);
        Assert.False(late.Accepted);
        Assert.Equal("Voting is closed.", late.Rejection);
        Assert.Equal(started.AddSeconds(300), view.Stage.ClosesAt);
        Assert.Equal(1, view.DotsPlaced);
    }

    [Fact]
    public async Task A_timer_of_more_than_an_hour_or_below_zero_is_refused_and_changes_nothing()
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        await vote.SetUp("session-t", Standard()).WaitAsync(Timeout);

        var tooLong = await vote.SetVotingTimer(3601).WaitAsync(Timeout);
        var negative = await vote.SetVotingTimer(-1).WaitAsync(Timeout);
        var view = await vote.GetVoteView().WaitAsync(Timeout);

        Assert.Equal("A timer can run for at most 60 minutes.", tooLong.Rejection);
        Assert.Equal("A timer can run for at most 60 minutes.", negative.Rejection);
        Assert.Equal(ActivityStatus.NotOpened, view.Stage.Status);
        Assert.Null(view.Stage.ClosesAt);
    }
}
