using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>A phone whose network drops for five seconds, reaching the server through a link the test can cut.</summary>
public sealed class PhoneReconnectTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_phone_that_loses_its_network_shows_reconnecting_then_its_votes_and_the_latest_tally()
    {
        var server = fixture.Server;
        var workshop = await Workshop.StartAsync(server.Http, "Green team", "Check-in");
        await using var console = await LiveClient.ConnectAsync(server.App.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await console.InvokeAsync<string>("AddCulturePriorities", Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", ["We say what we really think", "Mistakes are for learning", "Everyone can lead"], 3, 2, false));
        await console.InvokeAsync("OpenVoting", activityId);

        await using var wifi = new TcpPassage(server.App.BaseAddress.Port);
        await using var phone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await phone.Page.GotoAsync($"http://127.0.0.1:{wifi.Port}/join/{workshop.JoinCode}");
        await phone.Test("name-input").FillAsync("Dee");
        await phone.Test("name-submit").ClickAsync();
        await Expect(phone.Test("connection-state")).ToHaveAttributeAsync("data-connection-state", "connected");
        await phone.Test("statement").Nth(1).Locator("[data-test=\"add-dot\"]").ClickAsync();
        await Expect(phone.Test("statement").Nth(1).Locator("[data-test=\"dot-count\"]")).ToHaveTextAsync("1");
        await Expect(phone.Test("dots-left")).ToHaveTextAsync("2");

        wifi.Cut();
        await Expect(phone.Test("connection-state")).Not.ToHaveAttributeAsync("data-connection-state", "connected", new() { Timeout = 30_000 });
        var away = await phone.Test("connection-state").GetAttributeAsync("data-connection-state");
        Assert.Contains(away, new[] { "reconnecting", "offline" });

        // While the phone is away, someone else votes: after reconnecting the phone must show it without a reload.
        var ben = await Workshop.JoinAsync(server.Http, workshop.JoinCode, "Ben");
        await using var benPhone = await LiveClient.ConnectAsync(server.App.BaseAddress, ben.SessionId, ben.Credential);
        Assert.True((await benPhone.InvokeAsync<BallotReceipt>("CastDots", activityId, "b-1", new Dictionary<string, int> { ["s3"] = 2 })).Accepted);
        await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken); // the length of the outage itself
        wifi.Restore();

        await Expect(phone.Test("connection-state")).ToHaveAttributeAsync("data-connection-state", "connected", new() { Timeout = 30_000 });
        await Expect(phone.Test("statement").Nth(1).Locator("[data-test=\"dot-count\"]")).ToHaveTextAsync("1");
        await Expect(phone.Test("dots-left")).ToHaveTextAsync("2");
        await Expect(phone.Test("my-name")).ToHaveTextAsync("Dee");
        await Expect(phone.Test("ranking-text").First).ToHaveTextAsync("Everyone can lead");
        await Expect(phone.Test("ranking-dots").First).ToHaveTextAsync("2");
        var stored = await server.App.Grains.GetGrain<ICulturePrioritiesGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal([0, 1, 2], stored.Tally!.Select(t => t.Dots));
        Assert.Equal(2, stored.VoterCount);
        Assert.DoesNotContain(phone.Errors, e => !e.Contains("WebSocket", StringComparison.OrdinalIgnoreCase));
    }
}
