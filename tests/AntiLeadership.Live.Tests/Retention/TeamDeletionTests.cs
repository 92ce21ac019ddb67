using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Retention;

/// <summary>The lead deletes the whole team, naming it; nobody else can, and a wrong name deletes nothing.</summary>
public sealed class TeamDeletionTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ApiError>().WaitAsync(Eventually.DefaultTimeout))!.Error;

    [Fact]
    public async Task The_lead_deletes_the_team_by_its_name_and_every_credential_of_it_stops_working()
    {
        await using var team = await TeamOfTwoSessions.StartAsync(fixture.App, fixture.Http, "Blue team");
        var grains = fixture.App.Grains;

        using var response = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}", team.LeadKey, new { name = " Blue team " });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await team.Phone.Closed.WaitAsync(Eventually.DefaultTimeout);
        await team.Console.Closed.WaitAsync(Eventually.DefaultTimeout);
        Assert.False((await grains.GetGrain<ITeamGrain>(team.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout)).Exists);
        Assert.False((await grains.GetGrain<ISessionGrain>(team.Second.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).Exists);
        Assert.Equal(0, (await grains.GetGrain<ICulturePrioritiesGrain>(team.SecondVote).GetVoteView()).DotsPlaced);
        Assert.Empty((await grains.GetGrain<ITeamPlanGrain>(team.TeamId).GetPlan().WaitAsync(Eventually.DefaultTimeout)).Commitments);
        Assert.Empty(await grains.GetGrain<ITeamShortlistGrain>(team.TeamId).GetShortlist().WaitAsync(Eventually.DefaultTimeout));
        using var lead = await team.SendAsync(HttpMethod.Get, $"/api/teams/{team.TeamId}/keys", team.LeadKey);
        Assert.Equal(HttpStatusCode.Unauthorized, lead.StatusCode);
        using var member = await team.SendAsync(HttpMethod.Get, $"/api/teams/{team.TeamId}/home/plan", team.Sam.Credential);
        Assert.Equal(HttpStatusCode.Unauthorized, member.StatusCode);
        using var again = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}", team.LeadKey, new { name = "Blue team" });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task A_co_facilitator_cannot_delete_the_team()
    {
        await using var team = await TeamOfTwoSessions.StartAsync(fixture.App, fixture.Http);
        using var issued = await team.SendAsync(HttpMethod.Post, $"/api/teams/{team.TeamId}/keys", team.LeadKey, new { label = "Sam", sessionId = team.First.SessionId });
        var coKey = (await issued.Content.ReadFromJsonAsync<IssuedKey>().WaitAsync(Eventually.DefaultTimeout))!.Key;

        using var response = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}", coKey, new { name = "Blue team" });
        using var retention = await team.SendAsync(HttpMethod.Put, $"/api/teams/{team.TeamId}/retention", coKey, new { days = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, retention.StatusCode);
        Assert.Equal("Only the lead facilitator can do this.", await ErrorOf(response));
        Assert.True((await fixture.App.Grains.GetGrain<ITeamGrain>(team.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout)).Exists);
    }

    [Fact]
    public async Task A_wrong_name_or_another_team_s_lead_deletes_nothing()
    {
        await using var team = await TeamOfTwoSessions.StartAsync(fixture.App, fixture.Http);
        var other = await Workshop.StartAsync(fixture.Http, "Blue team");

        using var wrong = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}", team.LeadKey, new { name = "blue team" });
        using var none = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}", team.LeadKey, new { });
        using var theirs = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}", other.FacilitatorKey, new { name = "Blue team" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(RetentionApi.WrongName, await ErrorOf(wrong));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        var view = await fixture.App.Grains.GetGrain<ITeamGrain>(team.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(2, view.Sessions.Count);
        Assert.Equal(3, (await fixture.App.Grains.GetGrain<ICulturePrioritiesGrain>(team.FirstVote).GetVoteView()).DotsPlaced);
        Assert.Null(team.Phone.RevokedMessage);
    }
}
