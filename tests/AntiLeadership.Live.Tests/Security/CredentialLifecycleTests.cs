using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>Facilitator keys issued, revoked and rotated, and participants removed, against the running app.</summary>
public sealed class CredentialLifecycleTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private Task<SecureRoom> OpenRoomAsync() => SecureRoom.OpenAsync(fixture.App, fixture.Http);

    private static async Task<IssuedKey> IssueAsync(SecureRoom room, string label)
    {
        using var response = await room.SendAsync(HttpMethod.Post, $"/api/teams/{room.Workshop.TeamId}/keys", room.Workshop.FacilitatorKey,
            new { label, sessionId = room.Workshop.SessionId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IssuedKey>().WaitAsync(Eventually.DefaultTimeout))!;
    }

    private static Task<IReadOnlyList<FacilitatorKey>> KeysAsync(SecureRoom room) =>
        room.App.Grains.GetGrain<ITeamGrain>(room.Workshop.TeamId).GetFacilitatorKeys().WaitAsync(Eventually.DefaultTimeout);

    private static Task<TeamView> StoredTeamAsync(SecureRoom room) =>
        room.App.Grains.GetGrain<ITeamGrain>(room.Workshop.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout);

    [Fact]
    public async Task A_lead_invites_a_co_facilitator_who_can_steer_but_cannot_manage_keys()
    {
        await using var room = await OpenRoomAsync();

        var issued = await IssueAsync(room, "Sam");
        var sam = await room.ConnectAsync(issued.Key);
        await sam.SteerAsync(room.ActivityId, ActivityCommands.Close);
        using var samInvites = await room.SendAsync(HttpMethod.Post, $"/api/teams/{room.Workshop.TeamId}/keys", issued.Key,
            new { label = "Eve", sessionId = room.Workshop.SessionId });

        Assert.False(issued.Lead);
        Assert.EndsWith($"/facilitator/{room.Workshop.SessionId}#key={issued.Key}", issued.ConsoleUrl);
        Assert.Equal(Activities.ActivityStatus.Closed, (await room.StoredActivityAsync()).Stage.Status);
        Assert.Equal(HttpStatusCode.Forbidden, samInvites.StatusCode);
        Assert.Equal("Only the lead facilitator can do this.", await SecureRoom.ErrorOf(samInvites));
        Assert.Equal(["Lead facilitator", "Sam"], (await KeysAsync(room)).Select(k => k.Label));
    }

    [Fact]
    public async Task A_revoked_co_facilitator_is_disconnected_and_cannot_come_back()
    {
        await using var room = await OpenRoomAsync();
        var issued = await IssueAsync(room, "Sam");
        var sam = await room.ConnectAsync(issued.Key);

        using var revoked = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{room.Workshop.TeamId}/keys/{issued.KeyId}", room.Workshop.FacilitatorKey);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        // Revocation answers only once the nodes have closed the connections, so no waiting is needed.
        Assert.True(sam.Closed.IsCompleted || await Task.WhenAny(sam.Closed, Task.Delay(Eventually.DefaultTimeout)) == sam.Closed);
        Assert.Equal("This facilitator link was revoked by the lead facilitator.", sam.RevokedMessage);
        Assert.Contains("This link is not valid (any more)", await room.RefusedAsync(issued.Key));
        using var list = await room.SendAsync(HttpMethod.Get, $"/api/teams/{room.Workshop.TeamId}/keys", issued.Key);
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(["Lead facilitator"], (await KeysAsync(room)).Select(k => k.Label));
    }

    [Fact]
    public async Task A_lead_cannot_revoke_their_own_key_and_nothing_changes()
    {
        await using var room = await OpenRoomAsync();
        var before = await KeysAsync(room);

        using var response = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{room.Workshop.TeamId}/keys/{before[0].KeyId}", room.Workshop.FacilitatorKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("You cannot revoke the key you are using. Rotate it instead.", await SecureRoom.ErrorOf(response));
        Assert.Equal(before, await KeysAsync(room));
    }

    [Fact]
    public async Task Rotating_a_key_retires_the_old_one_at_once_and_the_new_one_steers()
    {
        await using var room = await OpenRoomAsync();

        using var response = await room.SendAsync(HttpMethod.Post, $"/api/teams/{room.Workshop.TeamId}/keys/rotate", room.Workshop.FacilitatorKey,
            new { sessionId = room.Workshop.SessionId });
        var rotated = (await response.Content.ReadFromJsonAsync<IssuedKey>().WaitAsync(Eventually.DefaultTimeout))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(rotated.Lead);
        Assert.NotEqual(room.Workshop.FacilitatorKey, rotated.Key);
        await Eventually.IsTrueAsync(() => room.Facilitator.Closed.IsCompleted, "the console on the old key to be closed");
        Assert.Contains("This link is not valid (any more)", await room.RefusedAsync(room.Workshop.FacilitatorKey));
        var console = await room.ConnectAsync(rotated.Key);
        await console.SteerAsync(room.ActivityId, ActivityCommands.Close);
        Assert.Equal(Activities.ActivityStatus.Closed, (await room.StoredActivityAsync()).Stage.Status);
    }

    [Fact]
    public async Task A_removed_participant_is_disconnected_their_credential_stops_working_and_their_votes_stay()
    {
        await using var room = await OpenRoomAsync();
        var (ana, anaJoined) = await room.JoinAsync("Ana");
        var (ben, _) = await room.JoinAsync("Ben");
        Assert.True((await SecureRoom.CastAsync(ana, room.ActivityId, ("s1", 2))).Accepted);

        using var removed = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{room.Workshop.TeamId}/members/{anaJoined.ParticipantId}", room.Workshop.FacilitatorKey);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await Eventually.IsTrueAsync(() => ana.Closed.IsCompleted, "Ana's phone to be disconnected");
        Assert.Equal("The facilitator removed you from this team. You can join again with the code.", ana.RevokedMessage);
        Assert.Contains("This link is not valid (any more)", await room.RefusedAsync(anaJoined.Credential));
        await room.Facilitator.WaitForSessionAsync(s => s.Participants.All(p => p.ParticipantId != anaJoined.ParticipantId), "the console to drop Ana");
        Assert.True((await SecureRoom.CastAsync(ben, room.ActivityId, ("s2", 1))).Accepted);
        var stored = await room.StoredActivityAsync();
        Assert.Equal([2, 1], stored.Tally!.Select(t => t.Dots));

        // Joining again with the dead credential makes a new participant rather than reviving the old one.
        var rejoined = await Infrastructure.Workshop.JoinAsync(fixture.Http, room.Workshop.JoinCode, "Ana", anaJoined.Credential);
        Assert.NotEqual(anaJoined.ParticipantId, rejoined.ParticipantId);
    }

    [Fact]
    public async Task A_facilitator_of_another_team_cannot_manage_this_team_and_nothing_changes()
    {
        await using var room = await OpenRoomAsync();
        await using var other = await OpenRoomAsync();
        var (_, anaJoined) = await room.JoinAsync("Ana");
        var keys = await KeysAsync(room);
        var team = room.Workshop.TeamId;
        var otherKey = other.Workshop.FacilitatorKey;

        using var list = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/keys", otherKey);
        using var issue = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/keys", otherKey, new { label = "Mallory", sessionId = room.Workshop.SessionId });
        using var revoke = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{team}/keys/{keys[0].KeyId}", otherKey);
        using var remove = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{team}/members/{anaJoined.ParticipantId}", otherKey);
        using var session = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/sessions", otherKey, new { sessionTitle = "Hijack" });

        Assert.All([list, issue, revoke, remove, session], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal("This link belongs to another team.", await SecureRoom.ErrorOf(remove));
        Assert.Equal(keys, await KeysAsync(room));
        var teamView = await StoredTeamAsync(room);
        Assert.Equal(1, teamView.MemberCount);
        Assert.Single(teamView.Sessions);
    }

    [Fact]
    public async Task Participants_and_the_board_cannot_reach_team_management()
    {
        await using var room = await OpenRoomAsync();
        var (_, anaJoined) = await room.JoinAsync("Ana");
        var team = room.Workshop.TeamId;

        using var asParticipant = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/keys", anaJoined.Credential, new { label = "Me", sessionId = room.Workshop.SessionId });
        using var removeAsParticipant = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{team}/members/{anaJoined.ParticipantId}", anaJoined.Credential);
        using var asBoard = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/keys", credential: null);

        Assert.Equal(HttpStatusCode.Forbidden, asParticipant.StatusCode);
        Assert.Equal("Only a facilitator can do this.", await SecureRoom.ErrorOf(asParticipant));
        Assert.Equal(HttpStatusCode.Forbidden, removeAsParticipant.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asBoard.StatusCode);
        Assert.Single(await KeysAsync(room));
        Assert.Equal(1, (await StoredTeamAsync(room)).MemberCount);
    }

    [Fact]
    public async Task Tampered_and_replayed_credentials_are_refused()
    {
        await using var room = await OpenRoomAsync();
        await using var other = await OpenRoomAsync();
        var (_, anaJoined) = await room.JoinAsync("Ana");
        var tampered = anaJoined.Credential[..^1] + (anaJoined.Credential[^1] == 'A' ? 'B' : 'A');
        var otherTeamsKeyOnThisTeam = $"f.{room.Workshop.TeamId}.{other.Workshop.FacilitatorKey.Split('.')[2]}";

        var tamperedHub = await room.RefusedAsync(tampered);
        var replayedHub = await room.RefusedAsync(anaJoined.Credential, other.Workshop.SessionId);
        var graftedHub = await room.RefusedAsync(otherTeamsKeyOnThisTeam);
        using var graftedHttp = await room.SendAsync(HttpMethod.Get, $"/api/teams/{room.Workshop.TeamId}/keys", otherTeamsKeyOnThisTeam);

        Assert.Contains("This link is not valid (any more)", tamperedHub);
        Assert.Contains("This link belongs to another team.", replayedHub);
        Assert.Contains("This link is not valid (any more)", graftedHub);
        Assert.Equal(HttpStatusCode.Unauthorized, graftedHttp.StatusCode);
        Assert.Equal(0, (await StoredTeamAsync(other)).MemberCount);
    }
}
