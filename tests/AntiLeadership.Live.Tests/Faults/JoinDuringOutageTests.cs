using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Faults;

/// <summary>A phone joining while storage is unreachable, and trying again until it is back.</summary>
public sealed class JoinDuringOutageTests
{
    [Fact]
    public async Task A_join_that_cannot_be_stored_answers_not_saved_and_its_retry_is_the_same_participant_stored_once()
    {
        await using var storage = new CuttableDatabase(SharedPostgres.Server);
        var direct = LiveAppSettings.Isolated();
        var settings = direct with { Storage = direct.Storage.Via(storage.ConnectionString) };
        WorkshopStarted workshop;
        UnsavedJoin unsaved;
        JoinedSession joined;

        await using (var app = LiveApp.Start(settings))
        {
            using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            workshop = await Workshop.StartAsync(http);
            var join = $"/api/join/{workshop.JoinCode}";
            using var lookUp = await http.GetAsync(join).WaitAsync(Eventually.DefaultTimeout); // the code and session are loaded

            storage.Cut();
            using var failed = await http.PostAsJsonAsync(join, new { displayName = "Ana" }).WaitAsync(TimeSpan.FromSeconds(60));
            unsaved = (await failed.Content.ReadFromJsonAsync<UnsavedJoin>().WaitAsync(Eventually.DefaultTimeout))!;
            using var retriedWhileDown = await http.PostAsJsonAsync(join, new { displayName = "Ana", credential = unsaved.Credential }).WaitAsync(TimeSpan.FromSeconds(60));
            storage.Restore();
            using var retried = await http.PostAsJsonAsync(join, new { displayName = "Ana", credential = unsaved.Credential }).WaitAsync(TimeSpan.FromSeconds(60));
            joined = (await retried.Content.ReadFromJsonAsync<JoinedSession>().WaitAsync(Eventually.DefaultTimeout))!;

            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
            Assert.StartsWith("Not saved", unsaved.Error);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, retriedWhileDown.StatusCode);
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
            Assert.Equal(unsaved.Credential, joined.Credential);
        }

        // A new process reads what storage holds: Ana once, under the participant her phone kept.
        await using var restarted = LiveApp.Start(direct);
        var session = await restarted.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
        var team = await restarted.Grains.GetGrain<Teams.ITeamGrain>(workshop.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal([(joined.ParticipantId, "Ana")], session.Participants.Select(p => (p.ParticipantId, p.DisplayName)));
        Assert.Equal(1, team.MemberCount);
    }
}
