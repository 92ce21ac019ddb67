using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Operations;

/// <summary>
/// After a day of many rooms a node goes back to what it used before: a session nobody is in leaves memory
/// once it has been quiet for the configured time, and comes back from storage when someone calls it.
/// </summary>
public sealed class QuietNodeTests
{
    [Fact]
    public async Task A_session_nobody_is_in_leaves_memory_after_the_idle_time_and_comes_back_from_storage_when_someone_joins()
    {
        await using var app = LiveApp.Start(LiveAppSettings.Isolated() with
        {
            More = new Dictionary<string, string> { ["Cluster:IdleDeactivation"] = "00:00:04" },
        });
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
        var workshop = await Workshop.StartAsync(http);
        Assert.True(await Activations.OfAsync(app, "SessionGrain") > 0, "Starting a workshop did not activate its session.");

        await Eventually.ReturnsAsync(() => Activations.OfAsync(app, "SessionGrain"), count => count == 0, "the quiet session to leave memory",
            TimeSpan.FromSeconds(30));

        var ana = await Workshop.JoinAsync(http, workshop.JoinCode, "Ana");
        await using var phone = await LiveClient.ConnectAsync(app.BaseAddress, ana.SessionId, ana.Credential);
        await phone.WaitForSessionAsync(view => view.SessionId == workshop.SessionId, "the session, back from storage");
    }
}
