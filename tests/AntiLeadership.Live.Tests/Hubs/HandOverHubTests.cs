using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Tests.Security;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// The facilitator role handed to a participant, through the real hub: hostile attempts to take or use
/// it are refused and change nothing; the holder steers through the same methods and gets the console's
/// views on their devices only, until a facilitator takes it back.
/// </summary>
public sealed class HandOverHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Participants_and_the_board_can_neither_take_the_role_nor_steer_without_it_and_nothing_changes()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (sam, samJoined) = await room.JoinAsync("Sam");
        var (kim, _) = await room.JoinAsync("Kim");
        await WaitPresentAsync(room, samJoined.ParticipantId);
        var before = await ViewAsync(room);

        var attempts = new List<Exception>
        {
            await Refused(() => sam.InvokeAsync("HandOver", new RoleHandOver(samJoined.ParticipantId))),
            await Refused(() => sam.InvokeAsync("TakeBack", (long?)null)),
            await Refused(() => sam.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.Close, room.ActivityId))),
            await Refused(() => sam.SteerAsync(room.ActivityId, ActivityCommands.RaiseAnonymity)),
            await Refused(() => room.Board.InvokeAsync("HandOver", new RoleHandOver(samJoined.ParticipantId))),
            await Refused(() => room.Board.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.Close, room.ActivityId))),
            await Refused(() => room.Board.InvokeAsync("HandBack")),
            await Refused(() => room.Board.InvokeAsync<JsonElement>("GetConsole")),
        };
        var notHolding = await Refused(() => sam.InvokeAsync<JsonElement>("GetConsole"));

        // Handed one activity, Sam still cannot step outside it, and Kim still cannot steer at all.
        await room.Facilitator.InvokeAsync("HandOver", new RoleHandOver(samJoined.ParticipantId, room.ActivityId));
        var outside = await Refused(() => sam.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.Duplicate, room.ActivityId)));
        var kimSteps = await Refused(() => kim.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.Close, room.ActivityId)));
        var kimEndsIt = await Refused(() => kim.InvokeAsync("HandBack"));
        var after = await ViewAsync(room);

        Assert.All(attempts, a => Assert.Contains("unauthorized", a.Message, StringComparison.OrdinalIgnoreCase));
        Assert.EndsWith("You are not facilitating now.", notHolding.Message);
        Assert.EndsWith("The rest of the agenda stays with the facilitator.", outside.Message);
        Assert.Contains("unauthorized", kimSteps.Message, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(RoleGrant.NotHanded, kimEndsIt.Message);
        Assert.Equal(before.Activities, after.Activities);
        Assert.Equal(samJoined.ParticipantId, after.Grant?.ParticipantId);
        var stage = (await room.StoredActivityAsync()).Stage;
        Assert.Equal(ActivityStatus.Open, stage.Status);
        Assert.True(stage.Anonymous);
        Assert.Contains(fixture.App.Logs.Lines, l => l.Text.Contains($"participant {samJoined.ParticipantId} of team {room.Workshop.TeamId} was not allowed to call hub method StepAgenda", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_role_is_never_handed_to_someone_who_is_not_in_this_session()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var elsewhere = await Infrastructure.Workshop.StartAsync(fixture.Http, "Red team");
        var stranger = await Infrastructure.Workshop.JoinAsync(fixture.Http, elsewhere.JoinCode, "Sam");

        var theirs = await Refused(() => room.Facilitator.InvokeAsync("HandOver", new RoleHandOver(stranger.ParticipantId)));
        var made = await Refused(() => room.Facilitator.InvokeAsync("HandOver", new RoleHandOver("not-a-participant")));
        var nobody = await Refused(() => room.Facilitator.InvokeAsync("HandOver", new object?[] { null }));

        Assert.EndsWith("That person has not joined this session.", theirs.Message);
        Assert.EndsWith("That person has not joined this session.", made.Message);
        Assert.EndsWith("Choose who to hand the role to.", nobody.Message);
        Assert.Null((await ViewAsync(room)).Grant);
    }

    [Fact]
    public async Task The_holder_steers_through_the_same_methods_with_the_consoles_views_on_their_devices_only_until_taken_back()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (sam, samJoined) = await room.JoinAsync("Sam");
        var (kim, _) = await room.JoinAsync("Kim");
        var samConsole = Listen(sam);
        var kimConsole = Listen(kim);
        await WaitPresentAsync(room, samJoined.ParticipantId);
        var seen = room.Facilitator.Session!.StepVersion;

        await room.Facilitator.InvokeAsync("HandOver", new RoleHandOver(samJoined.ParticipantId, room.ActivityId, seen));
        await room.Board.WaitForSessionAsync(v => v.Facilitating == "Sam", "the board to say Sam is facilitating");
        var console = await sam.InvokeAsync<JsonElement>("GetConsole");
        var version = console.GetProperty("session").GetProperty("stepVersion").GetInt64();
        await sam.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.Close, room.ActivityId, ExpectedVersion: version));
        await Eventually.IsTrueAsync(() => samConsole.Activities.Any(a => a.Contains("\"status\":\"closed\"", StringComparison.OrdinalIgnoreCase)), "the facilitator's view of the closed vote on Sam's phone");
        var lateFacilitator = await Refused(() => room.Facilitator.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.Open, room.ActivityId, ExpectedVersion: version)));

        await room.Facilitator.WaitForSessionAsync(v => v.StepVersion > version, "Sam's step on the console");
        await room.Facilitator.InvokeAsync("TakeBack", room.Facilitator.Session!.StepVersion);
        var afterwards = await Refused(() => sam.InvokeAsync("StepAgenda", new AgendaCommand(AgendaCommands.Open, room.ActivityId)));
        await room.Board.WaitForSessionAsync(v => v.Grant is null && v.Facilitating == "Lead facilitator", "the board to name the facilitator again");
        using var rota = await room.SendAsync(HttpMethod.Get, $"/api/teams/{room.Workshop.TeamId}/rota", room.Workshop.FacilitatorKey);
        var turns = await rota.Content.ReadFromJsonAsync<RotaEntry[]>(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout);
        using var peek = await room.SendAsync(HttpMethod.Get, $"/api/teams/{room.Workshop.TeamId}/rota", samJoined.Credential);

        Assert.Equal(["Sam", "Kim"], console.GetProperty("session").GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("displayName").GetString()));
        Assert.Equal(room.ActivityId, console.GetProperty("activity").GetProperty("activityId").GetString());
        Assert.Equal("culture-priorities", console.GetProperty("activity").GetProperty("kind").GetString());
        Assert.Contains(samConsole.Sessions, s => s.Grant?.ParticipantId == samJoined.ParticipantId && s.Participants.Count == 2);
        Assert.Empty(kimConsole.Sessions);
        Assert.Empty(kimConsole.Activities);
        Assert.Equal(ActivityStatus.Closed, (await room.StoredActivityAsync()).Stage.Status);
        Assert.EndsWith("Sam just closed “Culture priorities”. Look at the agenda again, then try once more.", lateFacilitator.Message);
        Assert.Contains("unauthorized", afterwards.Message, StringComparison.OrdinalIgnoreCase);
        var turn = Assert.Single(turns!);
        Assert.Equal(("Sam", "Culture priorities", "Lead facilitator"), (turn.Name, turn.ActivityTitle, turn.GivenBy));
        Assert.NotNull(turn.Until);
        Assert.Equal(HttpStatusCode.Forbidden, peek.StatusCode);
    }

    private static async Task<Exception> Refused(Func<Task> call) => await Assert.ThrowsAsync<HubException>(call);

    private async Task<SessionView> ViewAsync(SecureRoom room) =>
        await fixture.App.Grains.GetGrain<ISessionGrain>(room.Workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);

    private static Task WaitPresentAsync(SecureRoom room, string participantId) =>
        room.Facilitator.WaitForSessionAsync(v => v.Participants.Any(p => p.ParticipantId == participantId && p.Present), "the participant's phone to be present");

    /// <summary>Records what reaches a phone for a console: session views, and activity views as JSON.</summary>
    private static ConsoleMessages Listen(LiveClient phone)
    {
        var messages = new ConsoleMessages();
        phone.Connection.On<SessionView>("ConsoleSessionChanged", messages.Sessions.Enqueue);
        phone.Connection.On<JsonElement>("ConsoleActivityChanged", view => messages.Activities.Enqueue(view.GetRawText()));
        return messages;
    }

    private sealed class ConsoleMessages
    {
        public ConcurrentQueue<SessionView> Sessions { get; } = new();

        public ConcurrentQueue<string> Activities { get; } = new();
    }
}
