using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>A facilitator closes the session to newcomers once the room is in, and opens it again.</summary>
public sealed class JoiningClosedTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Closed_to_newcomers_the_code_makes_nobody_new_but_lets_the_team_s_own_people_back_in()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (anaPhone, ana) = await room.JoinAsync("Ana");
        var team = fixture.App.Grains.GetGrain<Teams.ITeamGrain>(room.Workshop.TeamId);

        await room.Facilitator.InvokeAsync("SetJoiningOpen", false);
        await room.Board.WaitForSessionAsync(view => !view.JoiningOpen, "the board to show joining closed");
        var membersBefore = (await team.GetView().WaitAsync(Eventually.DefaultTimeout)).MemberCount;
        var lookup = await fixture.Http.GetFromJsonAsync<SessionLookup>($"/api/join/{room.Workshop.JoinCode}", TestContext.Current.CancellationToken)
            .WaitAsync(Eventually.DefaultTimeout);
        using var newcomer = await fixture.Http.PostAsJsonAsync($"/api/join/{room.Workshop.JoinCode}", new { displayName = "Mallory" }, TestContext.Current.CancellationToken)
            .WaitAsync(Eventually.DefaultTimeout);
        var back = await Workshop.JoinAsync(fixture.Http, room.Workshop.JoinCode, "Ana", ana.Credential);
        var notAllowed = await Assert.ThrowsAsync<HubException>(() => anaPhone.InvokeAsync("SetJoiningOpen", true));

        Assert.False(lookup!.JoiningOpen);
        Assert.Equal(HttpStatusCode.Forbidden, newcomer.StatusCode);
        Assert.Equal(JoinApi.JoiningClosed, await SecureRoom.ErrorOf(newcomer));
        Assert.Equal(membersBefore, (await team.GetView().WaitAsync(Eventually.DefaultTimeout)).MemberCount);
        Assert.Equal(ana.ParticipantId, back.ParticipantId);
        Assert.Contains("unauthorized", notAllowed.Message, StringComparison.OrdinalIgnoreCase);

        await room.Facilitator.InvokeAsync("SetJoiningOpen", true);
        var ben = await Workshop.JoinAsync(fixture.Http, room.Workshop.JoinCode, "Ben");
        Assert.NotEqual(ana.ParticipantId, ben.ParticipantId);
        Assert.Equal(membersBefore + 1, (await team.GetView().WaitAsync(Eventually.DefaultTimeout)).MemberCount);
    }
}
