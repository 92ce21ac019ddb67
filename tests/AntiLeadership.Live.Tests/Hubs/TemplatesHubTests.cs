using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Activities.CheckIns;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Tests.Security;
using AntiLeadership.Live.Web.Api;
using AntiLeadership.Live.Web.Templates;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// Templates through the real hub and API: every built-in one fills an agenda as its grains accept it, a
/// repeated request adds nothing twice, one that does not fit is refused whole, and an agenda saved in
/// one session of a team is offered, and added, in the team's next.
/// </summary>
public sealed class TemplatesHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    public static TheoryData<string> BuiltInIds() => ["day-1", "day-2", "reconvene"];

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public async Task A_built_in_template_fills_a_new_agenda_in_order_with_its_first_activity_on_every_screen(string templateId)
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var console = await LiveClient.ConnectAsync(fixture.App.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        await using var board = await LiveClient.ConnectAsync(fixture.App.BaseAddress, workshop.SessionId, null);
        var template = Template(templateId);

        var ids = await console.InvokeAsync<string[]>("AddTemplate", Guid.NewGuid().ToString(), templateId);
        var view = await SessionAsync(workshop.SessionId);

        Assert.Equal(template.Items.Select(i => i.Title), view.Activities.Select(a => a.Title));
        Assert.Equal(template.Items.Select(i => i.Kind), view.Activities.Select(a => a.Kind));
        Assert.Equal(ids, view.Activities.Select(a => a.ActivityId));
        Assert.Equal(ids[0], view.CurrentActivityId);
        await board.WaitForSessionAsync(v => v.CurrentActivityId == ids[0] && v.Activities.Count == ids.Length, "the board to show the template's first activity");
        await Eventually.IsTrueAsync(() => board.Activity(ids[0]) is not null, "the first activity's view on the board");
    }

    [Fact]
    public async Task Repeating_the_same_request_adds_the_template_once_and_an_agenda_that_had_an_activity_keeps_it_on_screen()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var requestId = Guid.NewGuid().ToString();

        var first = await room.Facilitator.InvokeAsync<string[]>("AddTemplate", requestId, "reconvene");
        var again = await room.Facilitator.InvokeAsync<string[]>("AddTemplate", requestId, "reconvene");
        var view = await SessionAsync(room.Workshop.SessionId);

        Assert.Equal(first, again);
        Assert.Equal(1 + Template("reconvene").Items.Count, view.Activities.Count);
        Assert.Equal(room.ActivityId, view.CurrentActivityId);
    }

    [Fact]
    public async Task A_template_that_would_not_fit_the_agenda_is_refused_whole_saying_how_much_room_is_left()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var session = fixture.App.Grains.GetGrain<ISessionGrain>(room.Workshop.SessionId);
        for (var i = 2; i <= SessionRules.MaxActivities - 3; i++)
        {
            // Straight to the grain: through the hub, 46 adds would meet the connection's call budget.
            var added = await session.AddActivity($"{room.Workshop.SessionId}-filler-{i}", new CheckInSetup($"Check-in {i}", "One word", CheckInMode.Word, false)).WaitAsync(Eventually.DefaultTimeout);
            Assert.True(added.Succeeded);
        }

        var refused = await Assert.ThrowsAsync<HubException>(() => room.Facilitator.InvokeAsync<string[]>("AddTemplate", Guid.NewGuid().ToString(), "day-1"));
        var view = await SessionAsync(room.Workshop.SessionId);

        Assert.EndsWith($"“Day 1: strengths and culture” has {Template("day-1").Items.Count} activities and this agenda has room for 3 more (a session holds at most {SessionRules.MaxActivities}). Remove some first, or add activities one by one.", refused.Message);
        Assert.Equal(SessionRules.MaxActivities - 3, view.Activities.Count);
    }

    [Fact]
    public async Task A_saved_agenda_is_offered_in_the_teams_next_session_and_adds_the_same_activities_there()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        await room.Facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), CheckInKind.Name,
            new CheckInSetup("Check-out", "How useful was today?", CheckInMode.Scale, false));
        var (team, key) = (room.Workshop.TeamId, room.Workshop.FacilitatorKey);

        using var save = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/templates", key, new { sessionId = room.Workshop.SessionId, name = "Our day 1" });
        var saved = (await save.Content.ReadFromJsonAsync<TemplateSaved>(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout))!;
        using var next = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/sessions", key, new { sessionTitle = "Day two" });
        var nextSession = (await next.Content.ReadFromJsonAsync<WorkshopStarted>(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout))!;
        var shelf = await ShelfAsync(room, team, key);
        var secondConsole = await room.ConnectAsync(key, nextSession.SessionId);
        var ids = await secondConsole.InvokeAsync<string[]>("AddTemplate", Guid.NewGuid().ToString(), saved.Template.Id);
        var view = await SessionAsync(nextSession.SessionId);
        var vote = await fixture.App.Grains.GetGrain<ICulturePrioritiesGrain>(ids[0]).GetVoteView().WaitAsync(Eventually.DefaultTimeout);
        var original = await room.StoredActivityAsync();

        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Equal(0, saved.LeftOut);
        Assert.Equal(["Culture priorities", "Check-out"], saved.Template.Items.Select(i => i.Title));
        Assert.Equal(["Day 1: strengths and culture", "Day 2: from ideas to a plan", "Reconvene: what happened, what we learned, what next"], shelf.BuiltIn.Select(t => t.Name));
        Assert.Equal("Our day 1", Assert.Single(shelf.Team).Name);
        Assert.Equal(["Culture priorities", "Check-out"], view.Activities.Select(a => a.Title));
        Assert.Equal(ids[0], view.CurrentActivityId);
        Assert.Equal(original.Statements.Select(s => s.Text), vote.Statements.Select(s => s.Text));
        Assert.Equal((original.DotsPerParticipant, original.MaxDotsPerStatement), (vote.DotsPerParticipant, vote.MaxDotsPerStatement));
        Assert.Equal(0, vote.Stage.Contributors);
    }

    [Fact]
    public async Task Saving_under_a_name_the_team_uses_asks_first_then_replaces_and_deleting_takes_it_off_the_shelf()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (team, key, sessionId) = (room.Workshop.TeamId, room.Workshop.FacilitatorKey, room.Workshop.SessionId);
        using var first = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/templates", key, new { sessionId, name = "Our day" });
        await room.Facilitator.InvokeAsync<string[]>("AddTemplate", Guid.NewGuid().ToString(), "day-2");

        using var taken = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/templates", key, new { sessionId, name = "OUR DAY" });
        var conflict = (await taken.Content.ReadFromJsonAsync<TemplateNameTaken>(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout))!;
        using var replace = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/templates", key, new { sessionId, name = "OUR DAY", replace = true });
        var replaced = (await replace.Content.ReadFromJsonAsync<TemplateSaved>(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout))!;
        var shelf = await ShelfAsync(room, team, key);
        using var delete = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{team}/templates/{replaced.Template.Id}", key);
        var emptied = await ShelfAsync(room, team, key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.True(conflict.NameTaken);
        Assert.Equal("The team already has a template called “Our day”. Replace it, or choose another name.", conflict.Error);
        Assert.Equal(HttpStatusCode.OK, replace.StatusCode);
        Assert.Equal("OUR DAY", Assert.Single(shelf.Team).Name);
        Assert.Equal(1 + Template("day-2").Items.Count, shelf.Team[0].Items.Count);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Empty(emptied.Team);
    }

    [Fact]
    public async Task A_team_template_whose_activity_no_longer_fits_its_kind_is_refused_in_words_and_adds_nothing()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var saving = await fixture.App.Grains.GetGrain<ITeamTemplatesGrain>(room.Workshop.TeamId).Save("Old", [
            new TemplateItem(CheckInKind.Name, "Check-in", """{"title":"Check-in","prompt":"One word","mode":"word","hideResultsUntilRevealed":false}"""),
            new TemplateItem(CheckInKind.Name, "Old check-out", """{"title":"Old check-out","question":"One word","mode":"word","hideResultsUntilRevealed":false}"""),
        ], false, "Sam").WaitAsync(Eventually.DefaultTimeout);

        var refused = await Assert.ThrowsAsync<HubException>(() => room.Facilitator.InvokeAsync<string[]>("AddTemplate", Guid.NewGuid().ToString(), saving.Template!.TemplateId));
        var unknown = await Assert.ThrowsAsync<HubException>(() => room.Facilitator.InvokeAsync<string[]>("AddTemplate", Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N")));

        Assert.EndsWith("“Old check-out” in this template no longer fits its kind of activity: add it by hand instead, then save the template again.", refused.Message);
        Assert.EndsWith("This template is not there any more: look at the list of templates again.", unknown.Message);
        Assert.Single((await SessionAsync(room.Workshop.SessionId)).Activities);
    }

    private static BuiltInTemplate Template(string id) =>
        BuiltInTemplates.Read(Path.Combine(RepositoryRoot.Path, "Web", BuiltInTemplates.FolderName, id + ".json"));

    private Task<SessionView> SessionAsync(string sessionId) =>
        fixture.App.Grains.GetGrain<ISessionGrain>(sessionId).GetView().WaitAsync(Eventually.DefaultTimeout);

    private static async Task<TemplateShelf> ShelfAsync(SecureRoom room, string team, string key)
    {
        using var list = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/templates", key);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        return (await list.Content.ReadFromJsonAsync<TemplateShelf>().WaitAsync(Eventually.DefaultTimeout))!;
    }
}
