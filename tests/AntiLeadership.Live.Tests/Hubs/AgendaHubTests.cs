using System.Net.Http.Json;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Tests.Security;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>Agenda steps through the real hub: who may take them, and two facilitators acting on the same picture.</summary>
public sealed class AgendaHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task A_co_facilitators_step_on_an_agenda_that_moved_on_is_refused_naming_who_moved_it()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        using var issue = await room.SendAsync(HttpMethod.Post, $"/api/teams/{room.Workshop.TeamId}/keys", room.Workshop.FacilitatorKey,
            new { label = "Sam", sessionId = room.Workshop.SessionId });
        var issued = (await issue.Content.ReadFromJsonAsync<IssuedKey>(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout))!;
        var sam = await room.ConnectAsync(issued.Key);
        var second = await room.Facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(), new("Second", ["One", "Two"], 2, 1, false));
        await room.Facilitator.WaitForSessionAsync(v => v.Activities.Count == 2, "the second activity on the agenda");
        var seen = room.Facilitator.Session!.StepVersion;

        await sam.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.Show, second, ExpectedVersion: seen));
        var late = await Assert.ThrowsAsync<HubException>(() =>
            room.Facilitator.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.Remove, second, ExpectedVersion: seen)));
        var view = await fixture.App.Grains.GetGrain<ISessionGrain>(room.Workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);

        Assert.EndsWith("HubException: Sam just put “Second” on the screens. Look at the agenda again, then try once more.", late.Message);
        Assert.Equal(2, view.Activities.Count);
        Assert.Equal(second, view.CurrentActivityId);
    }

    [Fact]
    public async Task Participants_and_the_board_cannot_take_agenda_steps()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (ana, _) = await room.JoinAsync("Ana");
        var before = await fixture.App.Grains.GetGrain<ISessionGrain>(room.Workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);

        var asParticipant = await Assert.ThrowsAsync<HubException>(() => ana.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.Remove, room.ActivityId)));
        var asBoard = await Assert.ThrowsAsync<HubException>(() => room.Board.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.Undo)));
        var after = await fixture.App.Grains.GetGrain<ISessionGrain>(room.Workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);

        Assert.Contains("unauthorized", asParticipant.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("unauthorized", asBoard.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before.Activities, after.Activities);
        Assert.Equal(before.StepVersion, after.StepVersion);
    }

    [Fact]
    public async Task A_phone_looks_back_at_an_activity_as_the_room_sees_it_with_its_own_part_and_never_who_took_part()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http, anonymous: false);
        var (ana, _) = await room.JoinAsync("Ana");
        await ana.CastDotsAsync(room.ActivityId, "a-1", new Dictionary<string, int> { ["s1"] = 1 });

        var answer = await ana.InvokeAsync<System.Text.Json.JsonElement>("LookBack", room.ActivityId);

        Assert.Equal(room.ActivityId, answer.GetProperty("view").GetProperty("activityId").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, answer.GetProperty("view").GetProperty("stage").GetProperty("contributorIds").ValueKind);
        Assert.Equal(1, answer.GetProperty("contribution").GetProperty("dots").GetProperty("s1").GetInt32());
    }
}
