using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Reports;

/// <summary>
/// A running web node whose clock a test moves on (timers keep real time), so a team's sessions start
/// months apart. Shared by one test class; each test starts its own team.
/// </summary>
public sealed class ClockedAppFixture : IAsyncLifetime
{
    public MovedClock Clock { get; } = new();

    public LiveApp App { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        App = LiveApp.Start(LiveAppSettings.Isolated() with { Clock = Clock });
        Http = new HttpClient { BaseAddress = App.BaseAddress, Timeout = Eventually.DefaultTimeout };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
    }
}
