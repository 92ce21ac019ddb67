namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A web node of one test's own (with a service id of its own in the shared database), for settings no
/// other test may share: the shipped per-address limits, a start key, a small cap. Limits live in the
/// node's memory, so everything a test does to them stays here.
/// </summary>
public sealed class OwnApp : IAsyncDisposable
{
    private OwnApp(LiveApp app)
    {
        App = app;
        Http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
    }

    public LiveApp App { get; }

    /// <summary>HTTP from 127.0.0.1; <see cref="OtherMachine"/> gives other addresses.</summary>
    public HttpClient Http { get; }

    public static Task<OwnApp> StartAsync(Func<LiveAppSettings, LiveAppSettings> configure) =>
        Task.FromResult(new OwnApp(LiveApp.Start(configure(LiveAppSettings.Isolated()))));

    public HttpClient HttpFrom(int machine) => OtherMachine.Http(App.BaseAddress, machine);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        // Stopping the app stops its silo gracefully, which takes longer than a call.
        await App.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
    }
}
