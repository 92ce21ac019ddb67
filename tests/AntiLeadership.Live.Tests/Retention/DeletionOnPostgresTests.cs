using System.Net;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Retention;

/// <summary>
/// The same proof on PostgreSQL, the storage the product starts with: a deleted session's rows leave
/// grain_state (not an empty payload under its ids), and a deleted team leaves no row at all.
/// </summary>
public sealed class DeletionOnPostgresTests
{
    [Fact]
    public async Task Deleting_a_session_removes_its_rows_and_keeps_the_other_s_then_deleting_the_team_leaves_no_row_of_it()
    {
        var settings = LiveAppSettings.Isolated();
        await using var app = LiveApp.Start(settings);
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
        await using var team = await TeamOfTwoSessions.StartAsync(app, http, "Blue team");
        string[] first = [team.First.SessionId, team.FirstVote, team.Card, team.ImageId, team.First.JoinCode];
        string[] second = [team.Second.SessionId, team.SecondVote, team.Second.JoinCode];

        var before = await KeysAsync(settings.ServiceId);
        using var deleteSession = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}/sessions/{team.First.SessionId}", team.LeadKey);
        var afterSession = await KeysAsync(settings.ServiceId);
        using var deleteTeam = await team.SendAsync(HttpMethod.Delete, $"/api/teams/{team.TeamId}", team.LeadKey, new { name = "Blue team" });
        var afterTeam = await KeysAsync(settings.ServiceId);

        Assert.All(first.Concat(second).Append(team.TeamId), key => Assert.Contains(key, before));
        Assert.Equal(HttpStatusCode.NoContent, deleteSession.StatusCode);
        Assert.All(first, key => Assert.DoesNotContain(key, afterSession));
        Assert.All(second.Append(team.TeamId), key => Assert.Contains(key, afterSession));
        Assert.Equal(HttpStatusCode.NoContent, deleteTeam.StatusCode);
        Assert.Empty(afterTeam);
    }

    /// <summary>The key of every row the service holds (each grain of ours has a string key).</summary>
    private static Task<List<string>> KeysAsync(string serviceId) =>
        SharedPostgres.Server.QueryAsync<string>("SELECT key_string FROM grain_state WHERE service_id = @service", ("service", serviceId));
}
