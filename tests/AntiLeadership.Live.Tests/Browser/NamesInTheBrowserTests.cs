using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>Two people with one name: the phone asks the second for another, the console tells apart those it still shows twice.</summary>
public sealed class NamesInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions HaveText = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_second_alice_is_asked_for_another_name_and_the_console_marks_members_shown_with_the_same_name()
    {
        var server = fixture.Server;
        var baseUrl = server.App.BaseAddress.ToString().TrimEnd('/');
        var workshop = await Workshop.StartAsync(server.Http);
        await using var alice = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await using var second = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);

        await ParticipantPage.JoinAsync(alice, $"{baseUrl}/join/{workshop.JoinCode}", "Alice");
        await second.Page.GotoAsync($"{baseUrl}/join/{workshop.JoinCode}");
        await second.Test("name-input").FillAsync("alice");
        await second.Test("name-submit").ClickAsync();
        await Expect(second.Test("error")).ToHaveTextAsync("Someone in this team is already called Alice. Add an initial or choose another name.", HaveText);
        await Expect(second.Test("name-input")).ToBeVisibleAsync();
        await second.Test("name-input").FillAsync("Alice B.");
        await second.Test("name-submit").ClickAsync();
        await Expect(second.Test("my-name")).ToHaveTextAsync("Alice B.", HaveText);

        // A session stored before names had to differ can list two people as Alice; this puts a second
        // "alice" in the session the way such a session holds one.
        var aliceId = await ParticipantPage.ParticipantIdAsync(alice, workshop.TeamId);
        var legacyId = new string(aliceId[0] == 'f' ? 'e' : 'f', 4) + Guid.NewGuid().ToString("N")[..20];
        Assert.True((await server.App.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).Join(legacyId, "alice").WaitAsync(Eventually.DefaultTimeout)).Succeeded);
        await console.Page.GotoAsync($"{baseUrl}/facilitator/{workshop.SessionId}#key={workshop.FacilitatorKey}");

        await Expect(console.Test("participant")).ToHaveCountAsync(3, new() { Timeout = 15_000 });
        await Expect(Row(console, aliceId).Locator("[data-test=\"name-mark\"]")).ToHaveTextAsync($" · {aliceId[..4]}", HaveText);
        await Expect(Row(console, legacyId).Locator("[data-test=\"name-mark\"]")).ToHaveTextAsync($" · {legacyId[..4]}", HaveText);
        await Expect(Row(console, legacyId).Locator("[data-test=\"remove-participant\"]")).ToHaveAttributeAsync("aria-label", $"Remove alice · {legacyId[..4]}");
        await Expect(console.Test("participant").Filter(new() { HasText = "Alice B." }).Locator("[data-test=\"name-mark\"]")).ToHaveCountAsync(0);
        foreach (var surface in new[] { alice, second, console })
        {
            Assert.Empty(surface.Errors);
        }
    }

    private static ILocator Row(Surface console, string participantId) =>
        console.Page.Locator($"[data-test=\"participant\"][data-participant-id=\"{participantId}\"]");
}
