namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A web node of one test's own, on storage of its own, for settings no other test may share: the
/// shipped per-address limits, a start key, a small cap. Everything a test does to its limits stays here.
/// </summary>
public sealed class OwnApp : IAsyncDisposable
{
    private readonly Azurite _azurite;

    private OwnApp(Azurite azurite, LiveApp app)
    {
        _azurite = azurite;
        App = app;
        Http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
    }

    public LiveApp App { get; }

    /// <summary>HTTP from 127.0.0.1; <see cref="OtherMachine"/> gives other addresses.</summary>
    public HttpClient Http { get; }

    public static async Task<OwnApp> StartAsync(Func<LiveAppSettings, LiveAppSettings> configure)
    {
        var azurite = await Azurite.StartNewAsync();
        return new OwnApp(azurite, LiveApp.Start(configure(LiveAppSettings.Isolated(azurite))));
    }

    public HttpClient HttpFrom(int machine) => OtherMachine.Http(App.BaseAddress, machine);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        // Stopping the app stops its silo gracefully, which takes longer than a call.
        await App.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
        await _azurite.DisposeAsync();
    }
}
