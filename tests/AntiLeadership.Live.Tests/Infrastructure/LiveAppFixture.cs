namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>A running web node with durable storage in its own Azurite, shared by one test class; tests use fresh workshops.</summary>
public sealed class LiveAppFixture : IAsyncLifetime
{
    public Azurite Azurite { get; private set; } = null!;

    public LiveApp App { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Azurite = await Azurite.StartNewAsync();
        App = LiveApp.Start(LiveAppSettings.Isolated(Azurite));
        Http = new HttpClient { BaseAddress = App.BaseAddress, Timeout = Eventually.DefaultTimeout };
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
