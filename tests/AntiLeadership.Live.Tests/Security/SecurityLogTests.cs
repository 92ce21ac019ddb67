using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.Extensions.Logging;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>The server's log, at every level, after a session full of refusals: security events with ids, never a credential or typed text.</summary>
public sealed class SecurityLogTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Security_events_are_logged_with_ids_and_no_credential_or_typed_text_ever_reaches_the_log()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (mallory, malloryJoined) = await room.JoinAsync("Mallory Secretname");
        var tampered = malloryJoined.Credential[..^1] + (malloryJoined.Credential[^1] == 'A' ? 'B' : 'A');

        await room.RefusedAsync(tampered);
        await Assert.ThrowsAnyAsync<Exception>(() => mallory.SteerAsync(room.ActivityId, ActivityCommands.Open));
        using var issued = await room.SendAsync(HttpMethod.Post, $"/api/teams/{room.Workshop.TeamId}/keys", room.Workshop.FacilitatorKey,
            new { label = "Sam Secretlabel", sessionId = room.Workshop.SessionId });
        var sam = (await issued.Content.ReadFromJsonAsync<IssuedKey>())!;
        using var removed = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{room.Workshop.TeamId}/members/{malloryJoined.ParticipantId}", room.Workshop.FacilitatorKey);
        using var rotated = await room.SendAsync(HttpMethod.Post, $"/api/teams/{room.Workshop.TeamId}/keys/rotate", sam.Key, new { sessionId = room.Workshop.SessionId });
        var samRotated = (await rotated.Content.ReadFromJsonAsync<IssuedKey>())!;

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var lines = fixture.App.Logs.Lines;
        var secrets = new[] { room.Workshop.FacilitatorKey, malloryJoined.Credential, tampered, sam.Key, samRotated.Key }
            .Select(c => c.Split('.')[^1])
            .Append("Secretname")
            .Append("Secretlabel");
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(lines, line => line.Text.Contains(secret, StringComparison.Ordinal));
        }

        var security = lines.Where(l => l.Event.Id is >= 4001 and <= 4099).Select(l => l.Text).ToList();
        Assert.Contains(security, t => t.Contains($"participant {malloryJoined.ParticipantId} of team {room.Workshop.TeamId} was not allowed to call hub method SteerActivity", StringComparison.Ordinal));
        Assert.Contains(security, t => t.Contains($"participant {malloryJoined.ParticipantId} was removed from team {room.Workshop.TeamId}", StringComparison.Ordinal));
        Assert.Contains(security, t => t.Contains($"facilitator key {sam.KeyId} of team {room.Workshop.TeamId} was issued", StringComparison.Ordinal));
        Assert.Contains(security, t => t.Contains($"facilitator key {sam.KeyId} of team {room.Workshop.TeamId} was rotated into {samRotated.KeyId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_log_at_information_or_above_holds_a_join_code_after_starting_joining_and_looking_it_up()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        using var lookUp = await fixture.Http.GetAsync($"/api/join/{workshop.JoinCode}").WaitAsync(Eventually.DefaultTimeout);
        await Workshop.JoinAsync(fixture.Http, workshop.JoinCode.ToLowerInvariant(), "Ana");
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        using var next = await room.SendAsync(HttpMethod.Post, $"/api/teams/{room.Workshop.TeamId}/sessions", room.Workshop.FacilitatorKey,
            new { sessionTitle = "Day two" });
        var nextCode = (await next.Content.ReadFromJsonAsync<WorkshopStarted>().WaitAsync(Eventually.DefaultTimeout))!.JoinCode;

        Assert.Equal(HttpStatusCode.OK, lookUp.StatusCode);
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        var logged = fixture.App.Logs.Lines.Where(l => l.Level >= LogLevel.Information).Select(l => l.Text).ToList();
        Assert.Contains(logged, t => t.Contains($"Session {workshop.SessionId} of team {workshop.TeamId} opened", StringComparison.Ordinal));
        foreach (var code in new[] { workshop.JoinCode, room.Workshop.JoinCode, nextCode })
        {
            Assert.DoesNotContain(logged, t => t.Contains(code, StringComparison.OrdinalIgnoreCase));
        }
    }
}
