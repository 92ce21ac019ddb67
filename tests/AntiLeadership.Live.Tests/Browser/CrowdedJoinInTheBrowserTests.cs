using AntiLeadership.Live.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// A phone in a room that arrives all at once behind one address: refused for a few seconds, it says
/// how long it waits and joins by itself. A server of its own, with a small allowance of new
/// participants per address, shared with the browser (every browser here comes from 127.0.0.1).
/// </summary>
public sealed class CrowdedJoinInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_throttled_phone_shows_how_long_it_waits_and_then_joins_by_itself()
    {
        // Six new participants a minute from one address: one comes back every 10 s.
        await using var own = await OwnApp.StartAsync(settings => settings with { JoinsPerMinutePerAddress = 6 });
        var workshop = await Workshop.StartAsync(own.Http);
        var baseUrl = own.App.BaseAddress.ToString().TrimEnd('/');
        await using var phone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await phone.Page.GotoAsync($"{baseUrl}/join/{workshop.JoinCode}");
        await phone.Test("name-input").FillAsync("Ana");

        // Just before this phone's join reaches the server, the rest of the room joins from the same
        // address and takes every place there is (one comes back only every 10 s, so it stays taken).
        var roomIn = 0;
        await phone.Page.RouteAsync("**/api/join/*", async route =>
        {
            if (route.Request.Method == "POST" && Interlocked.Exchange(ref roomIn, 1) == 0)
            {
                await FillTheBucketAsync(own.Http, workshop.JoinCode);
            }

            await route.ContinueAsync();
        });
        await phone.Test("name-submit").ClickAsync();

        var status = phone.Page.Locator("#page-status");
        await Expect(status).ToContainTextAsync("Many people are joining at once — trying again in", new() { Timeout = 5_000 });
        await Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"trying again in \d+ s…$"));
        await Accessibility.AssertNoViolationsAsync(phone, "the phone while it waits to join");
        await Expect(phone.Test("connection-state")).ToHaveAttributeAsync("data-connection-state", "connected", new() { Timeout = 30_000 });
        await Expect(phone.Test("my-name")).ToHaveTextAsync("Ana");
        await Expect(phone.Test("error")).ToBeEmptyAsync();
        await Accessibility.AssertNoViolationsAsync(phone, "the phone once joined");
        Assert.Empty(phone.Errors);
    }

    /// <summary>Joins new participants from 127.0.0.1 until the server refuses one: the bucket is empty now.</summary>
    private static async Task FillTheBucketAsync(HttpClient http, string joinCode)
    {
        for (var i = 0; ; i++)
        {
            using var response = await http.PostAsync($"/api/join/{joinCode}", System.Net.Http.Json.JsonContent.Create(new { displayName = $"Person {i}" }))
                .WaitAsync(Eventually.DefaultTimeout);
            if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            {
                return;
            }

            response.EnsureSuccessStatusCode();
        }
    }
}
