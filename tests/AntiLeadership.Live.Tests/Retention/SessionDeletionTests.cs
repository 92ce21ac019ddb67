using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Activities.Content;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Retention;

/// <summary>A facilitator deletes one session of a team through the API; the rest of the programme stays.</summary>
public sealed class SessionDeletionTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private const string Deleted = "The facilitator deleted this session. Everything in it is gone.";

    [Fact]
    public async Task Deleting_a_session_closes_every_screen_on_it_and_forgets_it_while_the_other_session_and_the_plan_stay()
    {
        await using var team = await TeamOfTwoSessions.StartAsync(fixture.App, fixture.Http);
        var grains = fixture.App.Grains;

        using var response = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}/sessions/{team.First.SessionId}", team.LeadKey);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        foreach (var screen in new[] { team.Console, team.Board, team.Phone })
        {
            await screen.Closed.WaitAsync(Eventually.DefaultTimeout);
            Assert.Equal(Deleted, screen.RevokedMessage);
        }

        var view = await grains.GetGrain<ITeamGrain>(team.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal([team.Second.SessionId], view.Sessions.Select(s => s.SessionId));
        Assert.False((await grains.GetGrain<ISessionGrain>(team.First.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).Exists);
        Assert.Equal("", (await grains.GetGrain<ICulturePrioritiesGrain>(team.FirstVote).GetVoteView()).Stage.Title);
        Assert.Null(await grains.GetGrain<ICardImageGrain>(team.ImageId).Get().WaitAsync(Eventually.DefaultTimeout));
        using var image = await fixture.Http.GetAsync($"/images/{team.ImageId}").WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(HttpStatusCode.NotFound, image.StatusCode);
        using var join = await fixture.Http.PostAsJsonAsync($"/api/join/{team.First.JoinCode}", new { displayName = "Kim" }).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(HttpStatusCode.NotFound, join.StatusCode);

        // The other session, the plan (the team's), and what the shortlist kept from the other session stay.
        Assert.Equal(3, (await grains.GetGrain<ICulturePrioritiesGrain>(team.SecondVote).GetVoteView()).DotsPlaced);
        Assert.Equal(["c-1"], (await grains.GetGrain<ITeamPlanGrain>(team.TeamId).GetPlan().WaitAsync(Eventually.DefaultTimeout)).Commitments.Select(c => c.CommitmentId));
        Assert.Equal([team.Second.SessionId], (await grains.GetGrain<ITeamShortlistGrain>(team.TeamId).GetShortlist().WaitAsync(Eventually.DefaultTimeout)).Select(i => i.SessionId));
        await using var secondPhone = await LiveClient.ConnectAsync(fixture.App.BaseAddress, team.Second.SessionId, team.Sam.Credential);
        await secondPhone.WaitForSessionAsync(s => s.Exists && s.SessionId == team.Second.SessionId, "Sam's phone to open the other session");
    }

    [Fact]
    public async Task Deleting_a_session_again_answers_done_and_changes_nothing()
    {
        await using var team = await TeamOfTwoSessions.StartAsync(fixture.App, fixture.Http);
        var path = $"/api/teams/{team.TeamId}/sessions/{team.First.SessionId}";

        using var first = await team.SendAsync(HttpMethod.Delete, path, team.LeadKey);
        using var again = await team.SendAsync(HttpMethod.Delete, path, team.LeadKey);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        var view = await fixture.App.Grains.GetGrain<ITeamGrain>(team.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal([team.Second.SessionId], view.Sessions.Select(s => s.SessionId));
    }

    [Fact]
    public async Task Another_team_s_facilitator_cannot_delete_a_session_and_naming_it_under_their_own_team_deletes_nothing()
    {
        await using var team = await TeamOfTwoSessions.StartAsync(fixture.App, fixture.Http);
        var other = await Workshop.StartAsync(fixture.Http, "Red team");

        using var theirs = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}/sessions/{team.First.SessionId}", other.FacilitatorKey);
        using var ownPath = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{other.TeamId}/sessions/{team.First.SessionId}", other.FacilitatorKey);
        using var nobody = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}/sessions/{team.First.SessionId}", null);

        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, ownPath.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.True((await fixture.App.Grains.GetGrain<ISessionGrain>(team.First.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).Exists);
        Assert.Equal(3, (await fixture.App.Grains.GetGrain<ICulturePrioritiesGrain>(team.FirstVote).GetVoteView()).DotsPlaced);
        Assert.Null(team.Phone.RevokedMessage);
    }
}
