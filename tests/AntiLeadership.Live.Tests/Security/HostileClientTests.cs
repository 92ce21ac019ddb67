using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using AntiLeadership.Live.Web.Workshop;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>
/// What a hostile phone or page might send, each checked for its exact outcome and for stored state
/// that did not change.
/// </summary>
public sealed class HostileClientTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private Task<SecureRoom> OpenRoomAsync(bool anonymous = true) => SecureRoom.OpenAsync(fixture.App, fixture.Http, anonymous);

    private static Task<Sessions.SessionView> StoredSessionAsync(SecureRoom room) =>
        room.App.Grains.GetGrain<Sessions.ISessionGrain>(room.Workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);

    private static Task<Teams.TeamView> StoredTeamAsync(SecureRoom room) =>
        room.App.Grains.GetGrain<Teams.ITeamGrain>(room.Workshop.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout);

    [Fact]
    public async Task An_oversized_frame_closes_only_that_connection_and_changes_nothing()
    {
        await using var room = await OpenRoomAsync();
        var (mallory, _) = await room.JoinAsync("Mallory");
        var (ana, _) = await room.JoinAsync("Ana");
        var before = await room.StoredActivityAsync();
        var huge = Enumerable.Range(0, 5000).ToDictionary(i => $"statement-{i}", _ => 1);

        await Assert.ThrowsAnyAsync<Exception>(() => mallory.InvokeAsync<object>("Submit", room.ActivityId, Guid.NewGuid().ToString(), new CulturePrioritiesInput(huge)));

        await mallory.Closed.WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(before.Version, (await room.StoredActivityAsync()).Version);
        Assert.True((await SecureRoom.CastAsync(ana, room.ActivityId, ("s1", 1))).Accepted);
    }

    [Fact]
    public async Task An_oversized_http_body_is_refused_before_anything_is_created()
    {
        var body = new StringContent("{\"teamName\":\"" + new string('x', 100_000) + "\",\"sessionTitle\":\"Day one\"}", System.Text.Encoding.UTF8, "application/json");

        using var response = await fixture.Http.PostAsync("/api/teams", body).WaitAsync(Eventually.DefaultTimeout);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_hub_json_closes_that_connection_without_a_grain_call()
    {
        await using var room = await OpenRoomAsync();
        var joined = await Infrastructure.Workshop.JoinAsync(fixture.Http, room.Workshop.JoinCode, "Mallory");
        var (ana, _) = await room.JoinAsync("Ana");
        var before = await room.StoredActivityAsync();
        await using var socket = await RawHubSocket.ConnectAsync(fixture.App.BaseAddress, room.Workshop.SessionId, joined.Credential);
        Assert.StartsWith("{}\u001e", await socket.HandshakeAsync());

        await socket.SendTextAsync("{\"type\":1,\"target\":\"Submit\",\"arguments\":[\"" + room.ActivityId + "\", {{{\u001e");
        var said = await socket.ReadUntilClosedAsync();

        Assert.Contains("\"type\":7", said);
        Assert.Equal(before.Version, (await room.StoredActivityAsync()).Version);
        Assert.True((await SecureRoom.CastAsync(ana, room.ActivityId, ("s2", 1))).Accepted);
    }

    [Fact]
    public async Task Wrong_argument_types_get_an_error_and_the_connection_stays()
    {
        await using var room = await OpenRoomAsync();
        var (mallory, _) = await room.JoinAsync("Mallory");
        var before = await room.StoredActivityAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => mallory.InvokeAsync<object>("Submit", room.ActivityId, 42, "all of them"));

        Assert.Contains("Failed to invoke 'Submit'", error.Message);
        Assert.Equal(before.Version, (await room.StoredActivityAsync()).Version);
        Assert.True((await SecureRoom.CastAsync(mallory, room.ActivityId, ("s1", 1))).Accepted);
    }

    [Fact]
    public async Task A_participant_calling_any_facilitator_method_is_refused_and_nothing_changes()
    {
        await using var room = await OpenRoomAsync(anonymous: false);
        var (mallory, _) = await room.JoinAsync("Mallory");
        var before = await room.StoredActivityAsync();
        var session = await StoredSessionAsync(room);

        var calls = new (string Method, object?[] Args)[]
        {
            ("AddActivity", [Guid.NewGuid().ToString(), CulturePrioritiesKind.Name, new CulturePrioritiesSetup("Mine", ["a", "b"], 3, 3, false)]),
            ("ShowActivity", [room.ActivityId]),
            ("SteerActivity", [room.ActivityId, new ActivityCommand(ActivityCommands.Open)]),
            ("SteerActivity", [room.ActivityId, new ActivityCommand(ActivityCommands.Close)]),
            ("SteerActivity", [room.ActivityId, new ActivityCommand(ActivityCommands.Timer, 1)]),
            ("SteerActivity", [room.ActivityId, new ActivityCommand(ActivityCommands.Reveal)]),
            ("SteerActivity", [room.ActivityId, new ActivityCommand(ActivityCommands.RaiseAnonymity)]),
            ("SetJoiningOpen", [false]),
        };
        foreach (var (method, args) in calls)
        {
            var error = await Assert.ThrowsAsync<HubException>(() => mallory.InvokeAsync(method, args));
            Assert.Contains("unauthorized", error.Message);
        }

        var after = await room.StoredActivityAsync();
        Assert.Equal(before.Version, after.Version);
        Assert.False(after.Stage.Anonymous);
        Assert.Equal(session.Activities, (await StoredSessionAsync(room)).Activities);
    }

    [Fact]
    public async Task A_participant_cannot_vote_as_someone_else()
    {
        await using var room = await OpenRoomAsync();
        var (mallory, _) = await room.JoinAsync("Mallory");
        var (_, anaJoined) = await room.JoinAsync("Ana");

        // There is no argument to name a voter: whatever is sent, the ballot is the connection's own.
        var receipt = await SecureRoom.CastAsync(mallory, room.ActivityId, ("s1", 2));

        var anas = await room.App.Grains.GetGrain<ICulturePrioritiesGrain>(room.ActivityId).GetBallot(anaJoined.ParticipantId).WaitAsync(Eventually.DefaultTimeout);
        Assert.Empty(anas.Dots);
        Assert.Equal(2, receipt.Ballot.Dots["s1"]);
    }

    [Fact]
    public async Task An_invocation_flood_is_cut_off_and_other_participants_are_unaffected()
    {
        await using var room = await OpenRoomAsync();
        var (mallory, _) = await room.JoinAsync("Mallory");
        var (ana, _) = await room.JoinAsync("Ana");

        var flooding = Stopwatch.StartNew();
        var flood = Enumerable.Range(0, 200)
            .Select(_ => mallory.Connection.InvokeCoreAsync<BallotReceipt>("Submit",
                new object?[] { room.ActivityId, Guid.NewGuid().ToString(), new CulturePrioritiesInput(new Dictionary<string, int> { ["s1"] = 1 }) }).WaitAsync(Eventually.DefaultTimeout))
            .ToList();
        var anaVote = await SecureRoom.CastAsync(ana, room.ActivityId, ("s2", 2));
        var outcomes = await Task.WhenAll(flood.Select(async call =>
        {
            try
            {
                return (await call).Accepted ? "accepted" : "rejected";
            }
            catch (HubException error)
            {
                return error.Message;
            }
        }));
        flooding.Stop();

        Assert.True(anaVote.Accepted);
        var limited = outcomes.Count(o => o.Contains("HubException: Too many actions at once — try again in", StringComparison.Ordinal));
        // The budget refills while the flood is being served, and a busy machine serves it slowly: allow
        // the burst plus what refilled meanwhile, and no more.
        var budget = ConnectionGuard.Burst + (int)Math.Ceiling(ConnectionGuard.CallsPerSecond * flooding.Elapsed.TotalSeconds);
        Assert.InRange(outcomes.Count(o => o == "accepted"), 1, budget);
        Assert.Equal(200, limited + outcomes.Count(o => o == "accepted"));
        var stored = await room.StoredActivityAsync();
        Assert.Equal([1, 2], stored.Tally!.Select(t => t.Dots));
    }

    [Fact]
    public async Task A_websocket_opened_by_a_page_of_another_site_is_refused_at_the_upgrade()
    {
        await using var room = await OpenRoomAsync();
        var joined = await Infrastructure.Workshop.JoinAsync(fixture.Http, room.Workshop.JoinCode, "Ana");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            RawHubSocket.ConnectAsync(fixture.App.BaseAddress, room.Workshop.SessionId, joined.Credential, origin: "http://evil.example"));
        await using var sameSite = await RawHubSocket.ConnectAsync(fixture.App.BaseAddress, room.Workshop.SessionId, joined.Credential,
            origin: fixture.App.BaseAddress.GetLeftPart(UriPartial.Authority));

        Assert.Contains("403", refused.Message);
        Assert.StartsWith("{}\u001e", await sameSite.HandshakeAsync());
    }

    [Fact]
    public async Task Overlong_and_disguised_text_gets_a_clear_error_and_creates_nothing()
    {
        await using var room = await OpenRoomAsync();
        var before = (await StoredSessionAsync(room)).JoinedCount;
        var membersBefore = (await StoredTeamAsync(room)).MemberCount;

        using var longName = await fixture.Http.PostAsJsonAsync($"/api/join/{room.Workshop.JoinCode}", new { displayName = new string('x', 41) }).WaitAsync(Eventually.DefaultTimeout);
        using var hiddenName = await fixture.Http.PostAsJsonAsync($"/api/join/{room.Workshop.JoinCode}", new { displayName = "Ana\u202Eevil" }).WaitAsync(Eventually.DefaultTimeout);
        using var longTeam = await fixture.Http.PostAsJsonAsync("/api/teams", new { teamName = new string('x', 81), sessionTitle = "Day one" }).WaitAsync(Eventually.DefaultTimeout);
        var longStatement = await Assert.ThrowsAsync<HubException>(() => room.Facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Too long", ["ok", new string('y', 201)], 3, 2, false)));
        var tooMany = await Assert.ThrowsAsync<HubException>(() => room.Facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Too many", Enumerable.Range(0, 31).Select(i => $"Statement {i}").ToArray(), 3, 2, false)));

        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.Equal("Choose a name of 1 to 40 characters.", await SecureRoom.ErrorOf(longName));
        Assert.Equal("Text cannot contain control or hidden direction characters.", await SecureRoom.ErrorOf(hiddenName));
        Assert.Equal("Give the team a name of 1 to 80 characters.", await SecureRoom.ErrorOf(longTeam));
        Assert.EndsWith("HubException: Each statement can be at most 200 characters.", longStatement.Message);
        Assert.EndsWith("HubException: List between 2 and 30 statements.", tooMany.Message);
        var after = await StoredSessionAsync(room);
        Assert.Equal(before, after.JoinedCount);
        Assert.Equal(membersBefore, (await StoredTeamAsync(room)).MemberCount);
        Assert.Single(after.Activities);
    }

    [Fact]
    public async Task One_participant_cannot_open_more_than_a_handful_of_connections()
    {
        await using var room = await OpenRoomAsync();
        var joined = await Infrastructure.Workshop.JoinAsync(fixture.Http, room.Workshop.JoinCode, "Ana");
        for (var i = 0; i < SessionFanOut.MaxConnectionsPerParticipant; i++)
        {
            await room.ConnectAsync(joined.Credential);
        }

        var refused = await room.RefusedAsync(joined.Credential);

        Assert.Contains("You have too many windows open for this session.", refused);
    }

    [Fact]
    public async Task Unknown_and_closed_join_codes_get_the_same_answer_and_create_nobody()
    {
        await using var room = await OpenRoomAsync();
        await room.App.Grains.GetGrain<Sessions.IJoinCodeGrain>(room.Workshop.JoinCode).Close().WaitAsync(Eventually.DefaultTimeout);

        using var closed = await fixture.Http.PostAsJsonAsync($"/api/join/{room.Workshop.JoinCode}", new { displayName = "Ana" }).WaitAsync(Eventually.DefaultTimeout);
        using var unknown = await fixture.Http.PostAsJsonAsync("/api/join/ZZZZZZZZ", new { displayName = "Ana" }).WaitAsync(Eventually.DefaultTimeout);
        using var garbage = await fixture.Http.GetAsync("/api/join/%3Cscript%3E").WaitAsync(Eventually.DefaultTimeout);

        Assert.All([closed, unknown, garbage], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(JoinApi.NotFound, await SecureRoom.ErrorOf(closed));
        Assert.Equal(JoinApi.NotFound, await SecureRoom.ErrorOf(unknown));
        Assert.Equal(0, (await StoredSessionAsync(room)).JoinedCount);
    }
}
