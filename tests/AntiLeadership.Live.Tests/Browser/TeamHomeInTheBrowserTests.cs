using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// The team home in real headless Chromium: the facilitator writes a commitment from the console's
/// "Team home" link, a member adds a note and a status change from her phone and the facilitator sees
/// it without reloading; a member with a new phone gets their identity back through a one-time link,
/// and the old phone is no longer the member; a member removed while her team home is open is told,
/// and it stops showing the team's plan.
/// </summary>
public sealed class TeamHomeInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_member_notes_progress_from_her_phone_the_facilitator_sees_it_live_and_a_new_phone_takes_over_through_a_recovery_link()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var ana = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await using var ben = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await using var bensNewPhone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        var (code, _) = await StatementVotePages.StartWorkshopAsync(console, baseUrl, "Day one");
        await ParticipantPage.JoinAsync(ana, $"{baseUrl}/join/{code}", "Ana");
        await ParticipantPage.JoinAsync(ben, $"{baseUrl}/join/{code}", "Ben");

        // The facilitator goes from the console to the team home and writes a commitment owned by Ana.
        var consoleUrl = console.Page.Url;
        await Expect(console.Test("team-home-link")).ToBeVisibleAsync();
        await console.Page.GotoAsync(baseUrl + await console.Test("team-home-link").GetAttributeAsync("href"));
        await Expect(console.Test("team-name")).ToHaveTextAsync("Blue team", Wait);
        await console.Test("plan-new").ClickAsync();
        await console.Test("commitment-what").FillAsync("Stand-ups without a chair");
        await console.Test("commitment-why").FillAsync("Everyone leads a part");
        await console.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Ana", Exact = true }).CheckAsync();
        await console.Test("commitment-first-step").FillAsync("Rota on the wall");
        await console.Test("commitment-save").ClickAsync();
        await Expect(console.Test("commitment-title")).ToHaveTextAsync("Stand-ups without a chair", Wait);
        await Expect(console.Test("commitment-owners")).ToHaveTextAsync("Ana", Wait);
        await Expect(console.Test("timeline-session")).ToContainTextAsync("Day one", Contains);

        // Ana opens the team home from her phone (the link on the session page) and writes in the log.
        var teamHome = await ana.Test("my-team-home").GetAttributeAsync("href");
        await ana.Page.GotoAsync(baseUrl + teamHome);
        await Expect(ana.Test("commitment-title")).ToHaveTextAsync("Stand-ups without a chair", Wait);
        await Expect(ana.Test("plan-new")).ToBeHiddenAsync();
        await Expect(ana.Test("commitment-edit")).ToHaveCountAsync(0);
        await ana.Test("note-open").ClickAsync();
        await ana.Test("note-text").FillAsync("Tried it on Monday: it worked");
        await ana.Test("note-status").SelectOptionAsync("trying");
        await ana.Test("note-add").ClickAsync();
        await Expect(ana.Test("status")).ToHaveTextAsync("Note saved.", Wait);
        await Accessibility.AssertNoViolationsAsync(ana, "a member's team home on her phone");
        await SaveAsync(ana, "team-home-phone");

        // The facilitator's open page shows it without a reload.
        await Expect(console.Test("plan-note")).ToContainTextAsync("Tried it on Monday: it worked", Contains);
        await Expect(console.Test("commitment-status")).ToHaveTextAsync("Trying", Wait);
        await Expect(console.Test("plan-note")).ToContainTextAsync("Ana", Contains);

        // Ben's phone is replaced: the facilitator issues a one-time link; the new phone opens it.
        await console.Page.GetByLabel("Recovery link for Ben").First.ClickAsync();
        var link = await console.Test("recovery-link").InputValueAsync();
        await Accessibility.AssertNoViolationsAsync(console, "the facilitator's team home");
        await SaveAsync(console, "team-home-facilitator");
        await bensNewPhone.Page.GotoAsync(link);
        await Expect(bensNewPhone.Test("status")).ToHaveTextAsync("Welcome back, Ben: this device is yours in the team now.", Wait);
        await Expect(bensNewPhone.Test("team-viewer")).ToHaveTextAsync("Team home · Ben", Wait);
        await Expect(bensNewPhone.Test("commitment-title")).ToHaveTextAsync("Stand-ups without a chair", Wait);
        Assert.DoesNotContain("#recover", bensNewPhone.Page.Url);

        // The old phone was told (its session connection closed, its credential forgotten) and is no longer Ben; the link works once.
        await SaveAsync(ben, "team-home-old-phone");
        await Expect(ben.Test("error")).ToContainTextAsync("you moved to another device with a recovery link", Contains);
        await ben.Page.GotoAsync(baseUrl + teamHome);
        await Expect(ben.Page.Locator("#team-welcome")).ToBeVisibleAsync();
        await Expect(ben.Test("commitment")).ToHaveCountAsync(0);
        await using var stranger = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await stranger.Page.GotoAsync(link);
        await Expect(stranger.Test("error")).ToContainTextAsync("This link does not work (any more)", Contains);

        // The facilitator removes Ana while her team home is open: it says so and stops showing the team's plan.
        await console.Page.GotoAsync(consoleUrl);
        console.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await console.Test("participant").Filter(new() { HasText = "Ana" }).Locator("[data-test=\"remove-participant\"]").ClickAsync();
        await Expect(ana.Test("error")).ToContainTextAsync("The facilitator removed you from this team", Contains);
        await Expect(ana.Test("commitment")).ToBeHiddenAsync();
        await Expect(ana.Test("team-viewer")).ToBeEmptyAsync();
        await Expect(ana.Page.Locator("#team-welcome")).ToBeVisibleAsync();
        await Expect(ana.Test("connection-state")).ToHaveAttributeAsync("data-connection-state", "stopped", new() { Timeout = 15_000 });
        await Accessibility.AssertNoViolationsAsync(ana, "the team home of a member who was removed");
        await SaveAsync(ana, "team-home-removed-member");
        Assert.Empty(ana.Errors.Concat(console.Errors).Concat(bensNewPhone.Errors));
    }

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true }).WaitAsync(Eventually.DefaultTimeout);
}
