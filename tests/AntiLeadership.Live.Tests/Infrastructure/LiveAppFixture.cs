namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A running web node with durable storage in the test run's shared PostgreSQL server (under a service id
/// of its own), shared by one test class; tests use fresh workshops.
/// </summary>
public sealed class LiveAppFixture : IAsyncLifetime
{
    public LiveAppSettings Settings { get; } = LiveAppSettings.Isolated();

    public LiveApp App { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        App = LiveApp.Start(Settings);
        Http = new HttpClient { BaseAddress = App.BaseAddress, Timeout = Eventually.DefaultTimeout };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
    }
}
