using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Templates;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>A team's templates are its facilitators' only: participants, boards and other teams are refused and change nothing.</summary>
public sealed class TemplateRefusalsTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Participants_and_the_board_can_neither_add_list_save_nor_delete_templates()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (ana, joined) = await room.JoinAsync("Ana");
        var saved = await SaveInGrainAsync(room.Workshop.TeamId);
        var team = room.Workshop.TeamId;
        var body = new { sessionId = room.Workshop.SessionId, name = "Ours now" };

        var asParticipant = await Assert.ThrowsAsync<HubException>(() => ana.InvokeAsync<string[]>("AddTemplate", Guid.NewGuid().ToString(), "day-1"));
        var asBoard = await Assert.ThrowsAsync<HubException>(() => room.Board.InvokeAsync<string[]>("AddTemplate", Guid.NewGuid().ToString(), "day-1"));
        using var listByParticipant = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/templates", joined.Credential);
        using var saveByParticipant = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/templates", joined.Credential, body);
        using var deleteByParticipant = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{team}/templates/{saved.TemplateId}", joined.Credential);
        using var listByBoard = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/templates", null);
        using var saveByBoard = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/templates", null, body);
        using var deleteByBoard = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{team}/templates/{saved.TemplateId}", null);

        Assert.Contains("unauthorized", asParticipant.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("unauthorized", asBoard.Message, StringComparison.OrdinalIgnoreCase);
        Assert.All([listByParticipant, saveByParticipant, deleteByParticipant], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.All([listByBoard, saveByBoard, deleteByBoard], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal("Only a facilitator can do this.", await SecureRoom.ErrorOf(saveByParticipant));
        Assert.Single((await SessionAsync(room.Workshop.SessionId)).Activities);
        Assert.Equal(["Ours"], (await ShelfOfAsync(team)).Select(t => t.Name));
    }

    [Fact]
    public async Task A_facilitator_of_another_team_cannot_reach_this_teams_templates_nor_save_this_teams_session_into_their_own()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var other = await Workshop.StartAsync(fixture.Http, team: "Red team");
        var saved = await SaveInGrainAsync(room.Workshop.TeamId);
        var team = room.Workshop.TeamId;

        using var list = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/templates", other.FacilitatorKey);
        using var save = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/templates", other.FacilitatorKey, new { sessionId = room.Workshop.SessionId, name = "Taken" });
        using var delete = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{team}/templates/{saved.TemplateId}", other.FacilitatorKey);
        using var intoOwn = await room.SendAsync(HttpMethod.Post, $"/api/teams/{other.TeamId}/templates", other.FacilitatorKey, new { sessionId = room.Workshop.SessionId, name = "Taken" });
        await using var otherConsole = await room.ConnectAsync(other.FacilitatorKey, other.SessionId);
        var addOthers = await Assert.ThrowsAsync<HubException>(() => otherConsole.InvokeAsync<string[]>("AddTemplate", Guid.NewGuid().ToString(), saved.TemplateId));

        Assert.All([list, save, delete], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal("This link belongs to another team.", await SecureRoom.ErrorOf(list));
        Assert.Equal(HttpStatusCode.BadRequest, intoOwn.StatusCode);
        Assert.Equal("Open the console of one of this team's sessions first.", await SecureRoom.ErrorOf(intoOwn));
        Assert.EndsWith("This template is not there any more: look at the list of templates again.", addOthers.Message);
        Assert.Empty(await ShelfOfAsync(other.TeamId));
        Assert.Empty((await SessionAsync(other.SessionId)).Activities);
        Assert.Equal(["Ours"], (await ShelfOfAsync(team)).Select(t => t.Name));
    }

    [Fact]
    public async Task Template_names_are_checked_and_a_hostile_one_is_kept_as_the_text_it_is()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (team, key, sessionId) = (room.Workshop.TeamId, room.Workshop.FacilitatorKey, room.Workshop.SessionId);
        const string Hostile = "<img src=x onerror=alert(1)>";

        using var blank = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/templates", key, new { sessionId, name = "\u200B " });
        using var tooLong = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/templates", key, new { sessionId, name = new string('x', TemplateRules.MaxNameLength + 1) });
        using var hostile = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/templates", key, new { sessionId, name = Hostile });
        using var malformed = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{team}/templates/..%2F..%2Fkeys", key);

        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("Give the template a name people can see: this one has only invisible characters.", await SecureRoom.ErrorOf(blank));
        Assert.Equal($"Give the template a name of 1 to {TemplateRules.MaxNameLength} characters.", await SecureRoom.ErrorOf(tooLong));
        Assert.Equal(HttpStatusCode.OK, hostile.StatusCode);
        Assert.Equal(Hostile, (await hostile.Content.ReadFromJsonAsync<TemplateSaved>(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout))!.Template.Name);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal([Hostile], (await ShelfOfAsync(team)).Select(t => t.Name));
    }

    private async Task<TeamTemplate> SaveInGrainAsync(string teamId)
    {
        var saving = await fixture.App.Grains.GetGrain<ITeamTemplatesGrain>(teamId).Save("Ours", [
            new TemplateItem("check-in", "Check-in", """{"title":"Check-in","prompt":"One word","mode":"word","hideResultsUntilRevealed":false}"""),
        ], false, "Sam").WaitAsync(Eventually.DefaultTimeout);
        return saving.Template!;
    }

    private Task<IReadOnlyList<TeamTemplate>> ShelfOfAsync(string teamId) =>
        fixture.App.Grains.GetGrain<ITeamTemplatesGrain>(teamId).GetTemplates().WaitAsync(Eventually.DefaultTimeout);

    private Task<SessionView> SessionAsync(string sessionId) =>
        fixture.App.Grains.GetGrain<ISessionGrain>(sessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
}
