using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>The live loop through the real SignalR .NET client against the running app and its database.</summary>
public sealed class WorkshopHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private static readonly string[] Statements = ["We say what we really think", "Mistakes are for learning", "Everyone can lead"];

    private Uri Server => fixture.App.BaseAddress;

    private sealed record Room(WorkshopStarted Workshop, LiveClient Facilitator, LiveClient Board, string ActivityId) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Facilitator.DisposeAsync();
            await Board.DisposeAsync();
        }
    }

    private async Task<Room> OpenRoomAsync(bool hidden = false, int dots = 3, int perStatement = 2)
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var facilitator = await LiveClient.ConnectAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var board = await LiveClient.ConnectAsync(Server, workshop.SessionId, credential: null);
        var activityId = await facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", Statements, dots, perStatement, hidden));
        return new Room(workshop, facilitator, board, activityId);
    }

    private async Task<(LiveClient Client, JoinedSession Joined)> JoinAsync(Room room, string name)
    {
        var joined = await Workshop.JoinAsync(fixture.Http, room.Workshop.JoinCode, name);
        return (await LiveClient.ConnectAsync(Server, joined.SessionId, joined.Credential), joined);
    }

    private static Task<BallotReceipt> CastAsync(LiveClient client, string activityId, params (string, int)[] dots) =>
        client.CastDotsAsync(activityId, Guid.NewGuid().ToString(), dots.ToDictionary(d => d.Item1, d => d.Item2));

    [Fact]
    public async Task Participants_vote_and_the_board_sees_the_tally_as_it_changes()
    {
        await using var room = await OpenRoomAsync();
        var (ana, _) = await JoinAsync(room, "Ana");
        var (ben, _) = await JoinAsync(room, "Ben");
        await room.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.Open);

        var first = await CastAsync(ana, room.ActivityId, ("s1", 2), ("s2", 1));
        await room.Board.WaitForActivityAsync(room.ActivityId, v => v.DotsPlaced == 3, "the board to show Ana's dots");
        var second = await CastAsync(ben, room.ActivityId, ("s2", 2));

        Assert.True(first.Accepted);
        Assert.True(second.Accepted);
        await room.Board.WaitForActivityAsync(room.ActivityId, v => v.DotsPlaced == 5, "the board to show both ballots");
        var board = room.Board.Activity(room.ActivityId)!;
        Assert.Equal([2, 3, 0], board.Tally!.Select(t => t.Dots));
        Assert.Equal(2, board.Stage.Contributors);
        await room.Board.WaitForSessionAsync(s => s.PresentCount == 2, "two participants present on the board");
        Assert.Empty(room.Board.Session!.Participants);
        await room.Facilitator.WaitForSessionAsync(s => s.Participants.Count(p => p.Present) == 2, "the console to list both participants");
        await ana.DisposeAsync();
        await ben.DisposeAsync();
    }

    [Fact]
    public async Task While_results_are_hidden_the_board_sees_only_how_many_have_voted_until_the_reveal()
    {
        await using var room = await OpenRoomAsync(hidden: true);
        await using var ana = (await JoinAsync(room, "Ana")).Client;
        await room.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.Open);

        await CastAsync(ana, room.ActivityId, ("s3", 2));

        await room.Board.WaitForActivityAsync(room.ActivityId, v => v.Stage.Contributors == 1, "the board to count Ana's vote");
        Assert.Null(room.Board.Activity(room.ActivityId)!.Tally);
        Assert.Null(ana.Activity(room.ActivityId)!.Tally);
        await room.Facilitator.WaitForActivityAsync(room.ActivityId, v => v.Tally?.Sum(t => t.Dots) == 2, "the facilitator to see the hidden tally");

        await room.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.Reveal);

        await room.Board.WaitForActivityAsync(room.ActivityId, v => v.Tally?.Single(t => t.StatementId == "s3").Dots == 2, "the board to show the revealed ranking");
    }

    [Fact]
    public async Task A_rejected_vote_says_why_and_changes_nothing()
    {
        await using var room = await OpenRoomAsync(dots: 3, perStatement: 2);
        await using var ana = (await JoinAsync(room, "Ana")).Client;
        await room.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.Open);
        await CastAsync(ana, room.ActivityId, ("s1", 1));

        var tooMany = await CastAsync(ana, room.ActivityId, ("s1", 2), ("s2", 2));
        await room.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.Close);
        var closed = await CastAsync(ana, room.ActivityId, ("s2", 1));

        Assert.Equal("All 3 dots used: take one off to move it.", tooMany.Rejection);
        Assert.Equal("Voting is closed.", closed.Rejection);
        Assert.Equal(1, closed.Ballot.Dots["s1"]);
        var stored = await fixture.App.Grains.GetGrain<ICulturePrioritiesGrain>(room.ActivityId).GetVoteView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(1, stored.DotsPlaced);
        Assert.Equal(ActivityStatus.Closed, stored.Stage.Status);
    }

    [Fact]
    public async Task A_participant_cannot_steer_the_session()
    {
        await using var room = await OpenRoomAsync();
        await using var ana = (await JoinAsync(room, "Ana")).Client;

        var refused = await Assert.ThrowsAsync<HubException>(() => ana.SteerAsync(room.ActivityId, ActivityCommands.Open));

        Assert.Contains("unauthorized", refused.Message, StringComparison.OrdinalIgnoreCase);
        var stored = await fixture.App.Grains.GetGrain<ICulturePrioritiesGrain>(room.ActivityId).GetVoteView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(ActivityStatus.NotOpened, stored.Stage.Status);
    }

    [Fact]
    public async Task The_board_cannot_vote_or_steer()
    {
        await using var room = await OpenRoomAsync();
        await room.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.Open);

        await Assert.ThrowsAsync<HubException>(() => CastAsync(room.Board, room.ActivityId, ("s1", 1)));
        await Assert.ThrowsAsync<HubException>(() => room.Board.SteerAsync(room.ActivityId, ActivityCommands.Close));

        var stored = await fixture.App.Grains.GetGrain<ICulturePrioritiesGrain>(room.ActivityId).GetVoteView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(0, stored.DotsPlaced);
        Assert.Equal(ActivityStatus.Open, stored.Stage.Status);
    }

    [Fact]
    public async Task A_facilitator_of_another_team_cannot_connect_to_this_session()
    {
        await using var room = await OpenRoomAsync();
        var other = await Workshop.StartAsync(fixture.Http, "Other team");

        await using var intruder = await LiveClient.ConnectAsync(Server, room.Workshop.SessionId, other.FacilitatorKey);

        // The server closes the connection before sending anything about the session.
        await Eventually.IsTrueAsync(() => intruder.Connection.State == HubConnectionState.Disconnected, "the server to close the connection");
        Assert.Null(intruder.Session);
        await Assert.ThrowsAnyAsync<Exception>(() => intruder.SteerAsync(room.ActivityId, ActivityCommands.Open));
        var stored = await fixture.App.Grains.GetGrain<ICulturePrioritiesGrain>(room.ActivityId).GetVoteView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(ActivityStatus.NotOpened, stored.Stage.Status);
    }

    [Fact]
    public async Task An_invalid_credential_is_refused_instead_of_treated_as_the_board()
    {
        await using var room = await OpenRoomAsync();
        var forged = room.Workshop.FacilitatorKey[..^4] + "AAAA";

        await using var intruder = await LiveClient.ConnectAsync(Server, room.Workshop.SessionId, forged);

        await Eventually.IsTrueAsync(() => intruder.Connection.State == HubConnectionState.Disconnected, "the server to close the connection");
        Assert.Null(intruder.Session);
    }

    [Fact]
    public async Task Showing_an_earlier_activity_sends_it_to_browsers_that_connected_after_it_last_changed()
    {
        await using var room = await OpenRoomAsync();
        var second = await room.Facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Second look", Statements, 2, 1, false));
        await using var late = await LiveClient.ConnectAsync(Server, room.Workshop.SessionId, credential: null);
        await late.WaitForActivityAsync(room.ActivityId, _ => true, "the activity on screen");
        Assert.Null(late.Activity(second));

        await room.Facilitator.InvokeAsync("ShowActivity", second);

        await late.WaitForSessionAsync(s => s.CurrentActivityId == second, "the board to switch activity");
        await late.WaitForActivityAsync(second, v => v.Stage.Title == "Second look", "the newly shown activity");
    }

    [Fact]
    public async Task A_reconnecting_participant_gets_the_current_snapshot_and_their_own_dots()
    {
        await using var room = await OpenRoomAsync();
        var (ana, joined) = await JoinAsync(room, "Ana");
        await room.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.Open);
        await CastAsync(ana, room.ActivityId, ("s2", 2));
        await ana.DisposeAsync();

        await using var again = await LiveClient.ConnectAsync(Server, joined.SessionId, joined.Credential);

        await again.WaitForActivityAsync(room.ActivityId, v => v.DotsPlaced == 2 && v.Stage.Status == ActivityStatus.Open, "the current snapshot after reconnecting");
        await Eventually.IsTrueAsync(() => again.Ballot?.Dots.GetValueOrDefault("s2") == 2, "Ana's own dots after reconnecting");
        Assert.Equal(room.ActivityId, again.Session!.CurrentActivityId);
    }

    [Fact]
    public async Task A_participants_other_window_follows_their_vote_and_a_teammates_window_does_not()
    {
        await using var room = await OpenRoomAsync();
        var (ana, joined) = await JoinAsync(room, "Ana");
        var (ben, _) = await JoinAsync(room, "Ben");
        await using var anasLaptop = await LiveClient.ConnectAsync(Server, joined.SessionId, joined.Credential);
        await room.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.Open);
        await Eventually.IsTrueAsync(() => anasLaptop.Ballot is { Revision: 0 } && ben.Ballot is { Revision: 0 }, "both windows' own empty ballots");

        var receipt = await CastAsync(ana, room.ActivityId, ("s3", 2));

        Assert.True(receipt.Accepted);
        await Eventually.IsTrueAsync(() => anasLaptop.Ballot?.Dots.GetValueOrDefault("s3") == 2, "Ana's laptop to show the dots her phone placed");
        Assert.Equal(receipt.Ballot.Revision, anasLaptop.Ballot!.Revision);
        // The board has the dots, so Ben's window would have had Ana's ballot by now, if it were sent to him.
        await room.Board.WaitForActivityAsync(room.ActivityId, v => v.DotsPlaced == 2, "the board to show Ana's dots");
        Assert.Empty(ben.Ballot!.Dots);

        // With the laptop closed, the phone is Ana's only window again, and her votes still count.
        await anasLaptop.DisposeAsync();
        var again = await CastAsync(ana, room.ActivityId, ("s1", 1));
        Assert.True(again.Accepted);
        await room.Board.WaitForActivityAsync(room.ActivityId, v => v.DotsPlaced == 1, "the board to show Ana's changed ballot");
        await ana.DisposeAsync();
        await ben.DisposeAsync();
    }

    [Fact]
    public async Task Joining_again_with_the_stored_credential_keeps_the_same_participant()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var first = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");

        var again = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode.ToLowerInvariant(), "Ana B.", first.Credential);

        Assert.Equal(first.ParticipantId, again.ParticipantId);
        Assert.Equal(first.Credential, again.Credential);
        Assert.Equal("Ana B.", again.DisplayName);
        await using var facilitator = await LiveClient.ConnectAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        await facilitator.WaitForSessionAsync(s => s.JoinedCount == 1, "one joined participant");
        Assert.Equal("Ana B.", facilitator.Session!.Participants.Single().DisplayName);
    }

    [Fact]
    public async Task An_unknown_join_code_gets_a_clear_message_and_creates_nobody()
    {
        var lookup = await fixture.Http.GetAsync("/api/join/ZZZZZZZZ", TestContext.Current.CancellationToken);
        var join = await fixture.Http.PostAsJsonAsync("/api/join/not-a-code", new { displayName = "Eve" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, join.StatusCode);
        var error = await join.Content.ReadFromJsonAsync<ApiError>(TestContext.Current.CancellationToken);
        Assert.Equal(JoinApi.NotFound, error!.Error);
    }

    [Fact]
    public async Task The_board_gets_a_qr_code_of_the_join_link()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);

        var links = await fixture.Http.GetFromJsonAsync<SessionLinks>($"/api/sessions/{workshop.SessionId}/links", TestContext.Current.CancellationToken);
        var qr = await fixture.Http.GetAsync($"/api/sessions/{workshop.SessionId}/join-qr.svg", TestContext.Current.CancellationToken);

        Assert.EndsWith($"/join/{workshop.JoinCode}", links!.JoinUrl);
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<svg", await qr.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
