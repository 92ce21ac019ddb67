using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Orleans.Core.Internal;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>
/// A revocation is pushed to the nodes a session knows about. A session that was just reactivated
/// knows none until they renew, so the push reaches nobody; the renewal must then close what the push
/// would have closed.
/// </summary>
public sealed class MissedRevocationTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task A_co_facilitator_revoked_while_the_session_had_forgotten_this_node_is_still_disconnected()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        using var issue = await room.SendAsync(HttpMethod.Post, $"/api/teams/{room.Workshop.TeamId}/keys", room.Workshop.FacilitatorKey,
            new { label = "Sam", sessionId = room.Workshop.SessionId });
        var issued = (await issue.Content.ReadFromJsonAsync<IssuedKey>(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout))!;
        var sam = await room.ConnectAsync(issued.Key);

        // Once the board counts a phone that connected after Sam, this node has reported everything it
        // has, so nothing prompts it to attach again before its next renewal.
        await room.JoinAsync("Ana");
        await room.Board.WaitForSessionAsync(view => view.PresentCount == 1, "the board to count Ana");

        await fixture.App.Grains.GetGrain<Sessions.ISessionGrain>(room.Workshop.SessionId)
            .Cast<IGrainManagementExtension>().DeactivateOnIdle().AsTask().WaitAsync(Eventually.DefaultTimeout);
        using var revoked = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{room.Workshop.TeamId}/keys/{issued.KeyId}", room.Workshop.FacilitatorKey);
        await sam.Closed.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        // The renewal's words; the push's own only if this node happened to renew between the two steps.
        Assert.Contains(sam.RevokedMessage, new[]
        {
            "This facilitator link no longer works. Ask the lead facilitator for a new one.",
            "This facilitator link was revoked by the lead facilitator.",
        });
        Assert.Contains("This link is not valid (any more)", await room.RefusedAsync(issued.Key));
    }
}
