using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace AntiLeadership.Live.Tests.Reports;

/// <summary>
/// A running web node whose clock a test moves forward, so a team's sessions start months apart. Shared
/// by one test class; each test starts its own team and only moves the clock forward.
/// </summary>
public sealed class ClockedAppFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));

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
