using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>Guessing join codes from one address, against an app with the shipped limits.</summary>
public sealed class JoinCodeBruteForceTests : IAsyncLifetime
{
    private LiveApp _app = null!;
    private HttpClient _http = null!;

    public ValueTask InitializeAsync()
    {
        // The shipped per-address limits, not the raised ones the other tests use.
        _app = LiveApp.Start(LiveAppSettings.Isolated() with { JoinsPerMinutePerAddress = new Web.Hosting.LiveLimits().JoinsPerMinutePerAddress });
        _http = new HttpClient { BaseAddress = _app.BaseAddress, Timeout = Eventually.DefaultTimeout };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        // Stopping the app stops its silo gracefully, which takes longer than a call.
        await _app.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task After_ten_wrong_codes_an_address_must_wait_even_for_the_right_code_and_nobody_joins()
    {
        var workshop = await Infrastructure.Workshop.StartAsync(_http);
        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var guess = await _http.GetAsync($"/api/join/ZZZZZZ{i:D2}").WaitAsync(Eventually.DefaultTimeout);
            wrong.Add(guess.StatusCode);
        }

        using var eleventh = await _http.GetAsync("/api/join/ZZZZZZ99").WaitAsync(Eventually.DefaultTimeout);
        using var right = await _http.PostAsJsonAsync($"/api/join/{workshop.JoinCode}", new { displayName = "Mallory" }).WaitAsync(Eventually.DefaultTimeout);

        Assert.All(wrong, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var seconds = int.Parse(right.Headers.GetValues("Retry-After").Single());
        Assert.InRange(seconds, 1, 60);
        Assert.Equal($"Too many attempts — try again in {seconds} s.", await SecureRoom.ErrorOf(right));
        Assert.Equal(0, (await _app.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).JoinedCount);
    }

    [Fact]
    public async Task Wrong_codes_guessed_all_at_once_are_held_to_the_same_ten_and_the_right_code_waits_too()
    {
        var workshop = await Infrastructure.Workshop.StartAsync(_http);

        // Sent together, so they are all in flight before the first failure is counted.
        var guesses = await LookUpAllAtOnceAsync(Enumerable.Range(0, 40).Select(i => $"YYYYYY{i:D2}"));
        using var right = await _http.PostAsJsonAsync($"/api/join/{workshop.JoinCode}", new { displayName = "Mallory" }).WaitAsync(Eventually.DefaultTimeout);

        Assert.Equal(10, guesses.Count(status => status == HttpStatusCode.NotFound));
        Assert.Equal(30, guesses.Count(status => status == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal(0, (await _app.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).JoinedCount);
    }

    [Fact]
    public async Task A_whole_room_behind_one_address_looks_up_the_right_code_at_once_and_every_phone_gets_in()
    {
        var workshop = await Infrastructure.Workshop.StartAsync(_http);

        var lookups = await LookUpAllAtOnceAsync(Enumerable.Repeat(workshop.JoinCode, 30));

        Assert.All(lookups, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    private Task<HttpStatusCode[]> LookUpAllAtOnceAsync(IEnumerable<string> codes) => Task.WhenAll(codes.Select(async code =>
    {
        using var lookup = await _http.GetAsync($"/api/join/{code}").WaitAsync(Eventually.DefaultTimeout);
        return lookup.StatusCode;
    }));
}
