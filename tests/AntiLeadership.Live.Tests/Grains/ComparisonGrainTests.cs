using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Comparisons;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Grains.Activities.Comparisons;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>The comparison card: the team's series group taken when it is set up, newer points on refresh, no input.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class ComparisonGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static readonly string[] Statements = ["We decide together", "Anyone may stop the line"];

    private async Task<ISessionGrain> SessionAsync(string teamId, string title)
    {
        var sessionId = "s-" + Guid.NewGuid().ToString("N");
        var session = fixture.Grains.GetGrain<ISessionGrain>(sessionId);
        Assert.True((await session.Open(new SessionOpening(teamId, "Team", title, "123456")).WaitAsync(Timeout)).Succeeded);
        await fixture.Grains.GetGrain<ITeamGrain>(teamId).RecordSession(sessionId, title).WaitAsync(Timeout);
        return session;
    }

    private async Task VoteAsync(ISessionGrain session)
    {
        var activityId = "act-" + Guid.NewGuid().ToString("N");
        Assert.True((await session.AddActivity(activityId, new CulturePrioritiesSetup("Priorities", Statements, 2, 2, false)).WaitAsync(Timeout)).Succeeded);
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);
        await vote.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout);
        foreach (var person in new[] { "ana", "ben", "cas" })
        {
            await vote.Submit(person, Guid.NewGuid().ToString("N"), new CulturePrioritiesInput(new Dictionary<string, int> { ["s1"] = 2 })).WaitAsync(Timeout);
        }

        Assert.True((await vote.Steer(new ActivityCommand(ActivityCommands.Close)).WaitAsync(Timeout)).Succeeded);
    }

    private async Task<(IComparisonGrain Card, CommandOutcome Added)> AddCardAsync(ISessionGrain session, string? groupId)
    {
        var activityId = "act-" + Guid.NewGuid().ToString("N");
        var added = await session.AddActivity(activityId, new ComparisonSetup("Then and now", false, groupId)).WaitAsync(Timeout);
        return (fixture.Grains.GetGrain<IComparisonGrain>(activityId), added);
    }

    [Fact]
    public async Task The_card_takes_the_team_s_points_when_set_up_and_this_session_s_vote_on_refresh()
    {
        var teamId = "team-" + Guid.NewGuid().ToString("N");
        await VoteAsync(await SessionAsync(teamId, "Spring"));
        var summer = await SessionAsync(teamId, "Summer");
        var (card, added) = await AddCardAsync(summer, "culture-priorities");
        Assert.True(added.Succeeded, added.Rejection);
        var before = (ComparisonView)await card.GetView().WaitAsync(Timeout);

        await VoteAsync(summer);
        var refreshed = await card.Steer(new ActivityCommand(ComparisonCommands.Refresh)).WaitAsync(Timeout);
        var again = await card.Steer(new ActivityCommand(ComparisonCommands.Refresh)).WaitAsync(Timeout);
        var after = (ComparisonView)await card.GetView().WaitAsync(Timeout);

        Assert.Equal(["Spring"], before.Group!.Series[0].Points.Select(p => p.SessionTitle));
        Assert.True(refreshed.Succeeded && again.Succeeded);
        Assert.Equal(["Spring", "Summer"], after.Group!.Series[0].Points.Select(p => p.SessionTitle));
        Assert.Equal(after.Version, ((ComparisonView)await card.GetView().WaitAsync(Timeout)).Version);
        Assert.Same(after.Group, ((ComparisonView)after.ForAudience()).Group);
    }

    [Fact]
    public async Task A_card_for_results_the_team_does_not_have_is_refused_and_a_card_takes_no_input()
    {
        var teamId = "team-" + Guid.NewGuid().ToString("N");
        var session = await SessionAsync(teamId, "First");
        var (_, missing) = await AddCardAsync(session, "strengths");
        var (_, none) = await AddCardAsync(session, " ");
        await VoteAsync(session);
        var (card, added) = await AddCardAsync(session, "culture-priorities");
        var input = await card.Submit("ana", "sub-1", new ComparisonInput()).WaitAsync(Timeout);

        Assert.Equal("The team has no results of that kind yet: they are recorded when an activity closes.", missing.Rejection);
        Assert.Equal("Choose which of the team's results to compare.", none.Rejection);
        Assert.True(added.Succeeded);
        Assert.False(input.Accepted);
        Assert.Equal(ComparisonGrain.NoInput, input.Rejection);
    }
}
