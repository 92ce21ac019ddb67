using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Workshop;

namespace AntiLeadership.Live.Tests.Faults;

/// <summary>Phones that try to connect while storage is unreachable, and then again once it is back.</summary>
public sealed class ConnectDuringOutageTests
{
    [Fact]
    public async Task Connections_refused_while_the_activity_cannot_load_leave_no_trace_and_the_phone_gets_in_afterwards()
    {
        await using var storage = new CuttableDatabase(SharedPostgres.Server);
        var settings = LiveAppSettings.Isolated();
        settings = settings with { Storage = settings.Storage.Via(storage.ConnectionString) };
        Web.Api.WorkshopStarted workshop;
        Web.Api.JoinedSession ana;
        string activityId;

        await using (var before = LiveApp.Start(settings))
        {
            using var http = new HttpClient { BaseAddress = before.BaseAddress, Timeout = Eventually.DefaultTimeout };
            workshop = await Workshop.StartAsync(http);
            ana = await Workshop.JoinAsync(http, workshop.JoinCode, "Ana");
            await using var console = await LiveClient.ConnectAsync(before.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
            activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
                new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn"], 2, 2, false));
            await console.InvokeAsync("ShowActivity", activityId);
        }

        // A fresh node: the team and session are loaded, the activity is not, and then storage goes
        // away, so every connect fails half-way, after the node has taken the connection in.
        await using var app = LiveApp.Start(settings);
        await app.Grains.GetGrain<Teams.ITeamGrain>(workshop.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout);
        await app.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
        storage.Cut();
        for (var i = 0; i < SessionFanOut.MaxConnectionsPerParticipant + 1; i++)
        {
            await using var refused = await LiveClient.ConnectAsync(app.BaseAddress, ana.SessionId, ana.Credential);
            await refused.Closed.WaitAsync(Eventually.DefaultTimeout);
            Assert.Null(refused.Ballot);
        }

        storage.Restore();
        await using var phone = await LiveClient.ConnectAsync(app.BaseAddress, ana.SessionId, ana.Credential);
        await phone.WaitForActivityAsync(activityId, view => view.Stage.Status == ActivityStatus.NotOpened, "the phone to show the activity");
        await Eventually.IsTrueAsync(() => phone.Ballot is { DotsLeft: 2 }, "the phone to get its own (empty) ballot");

        Assert.False(phone.Closed.IsCompleted);
    }
}
