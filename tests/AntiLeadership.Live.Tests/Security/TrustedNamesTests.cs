using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>Names people can trust, over HTTP as the start page and the phone send them.</summary>
public sealed class TrustedNamesTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private async Task<HttpResponseMessage> PostAsync(string path, object body) =>
        await fixture.Http.PostAsJsonAsync(path, body).WaitAsync(Eventually.DefaultTimeout);

    private async Task<JoinedSession> JoinedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JoinedSession>().WaitAsync(Eventually.DefaultTimeout))!;
    }

    [Fact]
    public async Task Names_and_titles_with_nothing_visible_are_refused_and_invisible_characters_never_reach_a_name()
    {
        using var invisibleTeam = await PostAsync("/api/teams", new { teamName = "\u3164\u3164", sessionTitle = "Day one" });
        using var invisibleTitle = await PostAsync("/api/teams", new { teamName = "Blue team", sessionTitle = "\u2800 \u200B" });
        var workshop = await Workshop.StartAsync(fixture.Http, team: "Blue\u200B team", title: "\uFEFFDay one");
        using var invisibleName = await PostAsync($"/api/join/{workshop.JoinCode}", new { displayName = "\u200B\u200B\u2060" });
        var ana = await JoinedAsync(await PostAsync($"/api/join/{workshop.JoinCode}", new { displayName = "\u200BAna\u00AD\u2060" }));

        Assert.Equal(HttpStatusCode.BadRequest, invisibleTeam.StatusCode);
        Assert.Equal("Choose a team name people can see: this one has only invisible characters.", await SecureRoom.ErrorOf(invisibleTeam));
        Assert.Equal("Give the session a title people can see: this one has only invisible characters.", await SecureRoom.ErrorOf(invisibleTitle));
        Assert.Equal("Choose a name people can see: this one has only invisible characters.", await SecureRoom.ErrorOf(invisibleName));
        Assert.Equal("Ana", ana.DisplayName);
        var session = await fixture.App.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(("Blue team", "Day one"), (session.TeamName, session.Title));
        Assert.Equal(["Ana"], session.Participants.Select(p => p.DisplayName));
    }

    [Fact]
    public async Task A_second_alice_is_asked_for_another_name_and_a_phone_rejoining_by_itself_keeps_the_name_the_team_knows()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var alice = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Alice");
        using var secondAlice = await PostAsync($"/api/join/{workshop.JoinCode}", new { displayName = "alice" });

        // Ana renames herself from another page; her phone still remembers "Ana", which Bea then takes.
        var ana = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Nina", ana.Credential);
        await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        using var renameToTaken = await PostAsync($"/api/join/{workshop.JoinCode}", new { displayName = "Ana", credential = ana.Credential });
        var rejoined = await JoinedAsync(await PostAsync($"/api/join/{workshop.JoinCode}", new { displayName = "Ana", credential = ana.Credential, keepName = true }));
        var aliceAgain = await JoinedAsync(await PostAsync($"/api/join/{workshop.JoinCode}", new { displayName = "ALICE", credential = alice.Credential }));

        Assert.Equal(HttpStatusCode.BadRequest, secondAlice.StatusCode);
        Assert.Equal("Someone in this team is already called Alice. Add an initial or choose another name.", await SecureRoom.ErrorOf(secondAlice));
        Assert.Equal("Someone in this team is already called Ana. Add an initial or choose another name.", await SecureRoom.ErrorOf(renameToTaken));
        Assert.Equal((ana.ParticipantId, "Nina"), (rejoined.ParticipantId, rejoined.DisplayName));
        Assert.Equal((alice.ParticipantId, "ALICE"), (aliceAgain.ParticipantId, aliceAgain.DisplayName));
    }
}
