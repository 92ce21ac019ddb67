using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using AntiLeadership.Live.Web.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AntiLeadership.Live.Tests.Retention;

/// <summary>
/// A team that chose automatic deletion goes its chosen days after its last session, swept by the web
/// node on its own: the whole app runs on a clock the test moves, so months pass at once.
/// </summary>
public sealed class AutomaticDeletionTests
{
    private static async Task<RetentionSetting> SettingOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<RetentionSetting>().WaitAsync(Eventually.DefaultTimeout))!;

    [Fact]
    public async Task A_team_is_deleted_its_chosen_days_after_its_last_session_and_a_new_session_pushes_that_back()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var own = await OwnApp.StartAsync(settings => settings with { Clock = clock });
        var first = await Workshop.StartAsync(own.Http, "Blue team");
        var started = clock.GetUtcNow();
        var path = $"/api/teams/{first.TeamId}/retention";

        using var set = await TeamOfTwoSessions.SendAsync(own.Http, HttpMethod.Put, path, first.FacilitatorKey, new { days = 30 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(new RetentionSetting(30, started.AddDays(30), 1, 3650), await SettingOf(set));

        clock.Advance(TimeSpan.FromDays(20));
        using var next = await TeamOfTwoSessions.SendAsync(own.Http, HttpMethod.Post, $"/api/teams/{first.TeamId}/sessions", first.FacilitatorKey, new { sessionTitle = "Day two" });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        using var pushed = await TeamOfTwoSessions.SendAsync(own.Http, HttpMethod.Get, path, first.FacilitatorKey);
        Assert.Equal(started.AddDays(50), (await SettingOf(pushed)).DeleteAfter);

        // Past the first date, before the new one: a sweep runs and leaves the team.
        var sweeps = Sweeps(own.App);
        clock.Advance(TimeSpan.FromDays(15));
        await Eventually.IsTrueAsync(() => Sweeps(own.App) > sweeps, "a sweep after the first date passed");
        Assert.True((await own.App.Grains.GetGrain<ITeamGrain>(first.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout)).Exists);

        clock.Advance(TimeSpan.FromDays(16));
        await Eventually.ReturnsAsync(() => own.App.Grains.GetGrain<ITeamGrain>(first.TeamId).GetView(), v => !v.Exists, "the team to be deleted automatically");
        Assert.False((await own.App.Grains.GetGrain<ISessionGrain>(first.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).Exists);
        using var gone = await TeamOfTwoSessions.SendAsync(own.Http, HttpMethod.Get, path, first.FacilitatorKey);
        Assert.Equal(HttpStatusCode.Unauthorized, gone.StatusCode);
    }

    [Fact]
    public async Task Days_out_of_range_are_refused_and_off_means_never()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var own = await OwnApp.StartAsync(settings => settings with { Clock = clock });
        var team = await Workshop.StartAsync(own.Http, "Blue team");
        var path = $"/api/teams/{team.TeamId}/retention";

        using var zero = await TeamOfTwoSessions.SendAsync(own.Http, HttpMethod.Put, path, team.FacilitatorKey, new { days = 0 });
        using var tooMany = await TeamOfTwoSessions.SendAsync(own.Http, HttpMethod.Put, path, team.FacilitatorKey, new { days = 3651 });
        using var on = await TeamOfTwoSessions.SendAsync(own.Http, HttpMethod.Put, path, team.FacilitatorKey, new { days = 1 });
        using var off = await TeamOfTwoSessions.SendAsync(own.Http, HttpMethod.Put, path, team.FacilitatorKey, new { days = (int?)null });
        var sweeps = Sweeps(own.App);
        clock.Advance(TimeSpan.FromDays(3));
        await Eventually.IsTrueAsync(() => Sweeps(own.App) > sweeps, "a sweep after the day passed");

        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.Equal(new RetentionSetting(null, null, 1, 3650), await SettingOf(off));
        Assert.True((await own.App.Grains.GetGrain<ITeamGrain>(team.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout)).Exists);
    }

    private static long Sweeps(LiveApp app) => app.Services.GetRequiredService<RetentionSweep>().Sweeps;
}
