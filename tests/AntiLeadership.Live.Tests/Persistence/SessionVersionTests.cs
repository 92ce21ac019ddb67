using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Persistence;

/// <summary>
/// Screens keep the newest snapshot they have seen and drop any that is not newer, so a session that
/// comes back after a restart must answer with a version above everything it pushed before it went down,
/// including head counts that were never stored.
/// </summary>
public sealed class SessionVersionTests
{
    [Fact]
    public async Task After_a_restart_the_session_snapshot_is_newer_than_the_last_head_count_pushed_before_it()
    {
        var settings = LiveAppSettings.Isolated();
        Web.Api.WorkshopStarted workshop;
        long lastSeen;

        await using (var before = LiveApp.Start(settings))
        {
            using var http = new HttpClient { BaseAddress = before.BaseAddress, Timeout = Eventually.DefaultTimeout };
            workshop = await Workshop.StartAsync(http);
            var ana = await Workshop.JoinAsync(http, workshop.JoinCode, "Ana");
            await using var board = await LiveClient.ConnectAsync(before.BaseAddress, workshop.SessionId, credential: null);
            await using var phone = await LiveClient.ConnectAsync(before.BaseAddress, ana.SessionId, ana.Credential);
            await board.WaitForSessionAsync(s => s.PresentCount == 1, "the board to count Ana as present");
            lastSeen = board.Session!.Version;
        }

        await using var after = LiveApp.Start(settings);
        await using var boardAgain = await LiveClient.ConnectAsync(after.BaseAddress, workshop.SessionId, credential: null);
        await boardAgain.WaitForSessionAsync(s => s.JoinedCount == 1, "the session after the restart");

        Assert.True(boardAgain.Session!.Version > lastSeen, $"version {boardAgain.Session.Version} after the restart, {lastSeen} before");
    }
}
