using System.Net;
using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>The team's results over time on the team home: its facilitators and members read them; nobody else does.</summary>
public sealed class ResultsOverTimeApiTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task A_closed_vote_is_read_back_as_one_series_per_statement_by_facilitators_and_members_and_by_nobody_else()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        Web.Api.JoinedSession? member = null;
        foreach (var name in new[] { "Ana", "Ben", "Cas" })
        {
            var (client, joined) = await room.JoinAsync(name);
            member = joined;
            Assert.True((await SecureRoom.CastAsync(client, room.ActivityId, ("s1", 2), ("s2", 1))).Accepted);
        }

        await room.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.Close);
        var team = room.Workshop.TeamId;
        var other = await Workshop.StartAsync(fixture.Http, team: "Red team");

        using var byFacilitator = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/home/results", room.Workshop.FacilitatorKey);
        using var byMember = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/home/results", member!.Credential);
        using var byBoard = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/home/results", null);
        using var byOtherTeam = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/home/results", other.FacilitatorKey);
        using var strengths = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/home/strengths", member!.Credential);
        using var strengthsByBoard = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/home/strengths", null);

        Assert.Equal(HttpStatusCode.OK, byFacilitator.StatusCode);
        Assert.Equal(await byFacilitator.Content.ReadAsStringAsync(), await byMember.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, byBoard.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, strengthsByBoard.StatusCode);
        // No strengths map yet: nothing to show, and no session it came from.
        Assert.Equal("""{"sessionTitle":null,"at":null,"strengths":[]}""", await strengths.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await byFacilitator.Content.ReadAsStringAsync());
        var group = Assert.Single(json.RootElement.GetProperty("groups").EnumerateArray());
        Assert.Equal("Culture priorities: dots", group.GetProperty("label").GetString());
        Assert.Equal("agreement", group.GetProperty("measure").GetString());
        var series = group.GetProperty("series").EnumerateArray().ToArray();
        Assert.Equal(["We say what we really think", "Mistakes are for learning"], series.Select(s => s.GetProperty("wording").GetString()));
        var point = Assert.Single(series[0].GetProperty("points").EnumerateArray());
        Assert.Equal("Day one", point.GetProperty("sessionTitle").GetString());
        Assert.Equal(3, point.GetProperty("people").GetInt32());
        Assert.Equal(1, point.GetProperty("average").GetDouble());
        // Counts and measures only: no participant id or name anywhere in what is sent.
        var body = await byFacilitator.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Ana", body, StringComparison.Ordinal);
        Assert.DoesNotContain(member.ParticipantId, body, StringComparison.Ordinal);
    }
}
