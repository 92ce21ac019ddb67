using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Handing the role around and taking it back, as people do it in the browser: a co-facilitator is
/// invited and revoked, a participant removed, the lead's key rotated, an activity made anonymous.
/// </summary>
public sealed class RolesInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions Contain = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_lead_invites_and_revokes_a_co_facilitator_removes_a_participant_and_rotates_their_key()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var lead = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var sam = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var ana = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await using var ben = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        await using var stranger = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        // Remove, rotate and "make anonymous" ask for confirmation; the facilitator says yes.
        lead.Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await StartPage.StartWorkshopAsync(lead, baseUrl, "Blue team", "Day two");
        await Expect(lead.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), new() { Timeout = 15_000 });
        var joinCode = (await lead.Test("join-code").InnerTextAsync()).Replace(" ", "");
        var oldLink = await lead.Page.Locator("#facilitator-link").InputValueAsync();
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await lead.Test("board-link").GetAttributeAsync("href")).ToString());
        foreach (var (phone, name) in new[] { (ana, "Ana"), (ben, "Ben") })
        {
            await phone.Page.GotoAsync($"{baseUrl}/join/{joinCode}");
            await phone.Test("name-input").FillAsync(name);
            await phone.Test("name-submit").ClickAsync();
            await Expect(phone.Test("my-name")).ToHaveTextAsync(name, new() { Timeout = 15_000 });
        }

        // The room is in: the lead closes the session to newcomers; the board says so and a stranger with
        // the code is told, before typing a name. Then the lead opens it again.
        await lead.Test("close-joining").ClickAsync();
        await Expect(board.Test("joining-closed")).ToBeVisibleAsync(Visible);
        await stranger.Page.GotoAsync($"{baseUrl}/join/{joinCode}");
        await Expect(stranger.Test("error")).ToContainTextAsync("closed this session to newcomers", Contain);
        await Expect(stranger.Test("name-input")).ToBeHiddenAsync();
        await Accessibility.AssertNoViolationsAsync(stranger, "phone of a newcomer to a closed session");
        await Accessibility.AssertNoViolationsAsync(board, "board closed to newcomers");
        await lead.Test("open-joining").ClickAsync();
        await Expect(board.Test("joining-closed")).ToBeHiddenAsync(new() { Timeout = 15_000 });

        // The lead invites Sam, who opens their own link: a console that steers but manages no keys.
        await lead.Test("co-facilitator-label").FillAsync("Sam");
        await lead.Test("issue-key").ClickAsync();
        await Expect(lead.Test("issued-link")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/facilitator/.+#key=f\\."), new() { Timeout = 15_000 });
        await sam.Page.GotoAsync((await lead.Test("issued-link").InputValueAsync()).Replace(new Uri((await lead.Test("issued-link").InputValueAsync())).GetLeftPart(UriPartial.Authority), baseUrl));
        await Expect(sam.Test("connection-state")).ToHaveAttributeAsync("data-connection-state", "connected", new() { Timeout = 15_000 });
        await Expect(sam.Test("facilitators")).ToContainTextAsync("Sam", Contain);
        await Expect(sam.Test("issue-key")).ToBeHiddenAsync();
        await Accessibility.AssertNoViolationsAsync(sam, "co-facilitator's console");

        // A non-anonymous vote: the console sees who has voted; then the lead makes it anonymous for good.
        await lead.Test("activity-anonymous").UncheckAsync();
        await lead.Test("add-activity").ClickAsync();
        await lead.Test("open-voting").ClickAsync();
        await ben.Test("statement").First.Locator("[data-test=\"add-dot\"]").ClickAsync();
        await Expect(lead.Test("voters")).ToContainTextAsync("Ben", Contain);
        await Accessibility.AssertNoViolationsAsync(lead, "lead's console with keys, people and a named vote");
        await Accessibility.AssertNoViolationsAsync(ben, "phone in a named vote");
        await lead.Test("raise-anonymity").ClickAsync();
        foreach (var surface in new[] { lead, ben, board })
        {
            await Expect(surface.Test("anonymous-tag")).ToBeVisibleAsync(Visible);
        }

        await Expect(lead.Test("voters")).Not.ToContainTextAsync("Ben", Contain);

        // The lead removes Ana: her phone says so and offers to join again; the console drops her.
        await lead.Test("participant").Filter(new() { HasText = "Ana" }).Locator("[data-test=\"remove-participant\"]").ClickAsync();
        await Expect(ana.Test("error")).ToContainTextAsync("removed you", Contain);
        await Expect(ana.Test("name-input")).ToBeVisibleAsync(Visible);
        await Expect(lead.Test("participant")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Accessibility.AssertNoViolationsAsync(ana, "phone of a removed participant");

        // The lead revokes Sam: Sam's console closes with the reason.
        await lead.Test("facilitator-key").Filter(new() { HasText = "Sam" }).Locator("[data-test=\"revoke-key\"]").ClickAsync();
        await Expect(sam.Test("no-key")).ToBeVisibleAsync(Visible);
        await Expect(sam.Page.Locator("body")).ToContainTextAsync("revoked", Contain);
        await Accessibility.AssertNoViolationsAsync(sam, "console of a revoked link");

        // The lead rotates their key: the console carries on with the new link; the old one is dead.
        await lead.Test("rotate-key").ClickAsync();
        await Expect(lead.Page.Locator("#facilitator-link")).Not.ToHaveValueAsync(oldLink, new() { Timeout = 15_000 });
        // The console reconnects with its new key (its badge says so) before the lead steers again, as a
        // person would see: a click while it reconnects is not sent.
        await Expect(lead.Page.Locator("#rotate-status")).ToContainTextAsync("Done", Contain);
        await Expect(lead.Test("connection-state")).ToHaveAttributeAsync("data-connection-state", "connected", new() { Timeout = 15_000 });
        await lead.Test("close-voting").ClickAsync();
        await Expect(ben.Test("voting-status")).ToContainTextAsync("closed", new() { IgnoreCase = true, Timeout = 15_000 });

        // The lead downloads the results with the rotated key; the vote is anonymous now, so no names.
        var download = await lead.Page.RunAndWaitForDownloadAsync(() => lead.Test("download-csv").ClickAsync(), new() { Timeout = 15_000 });
        var csv = await File.ReadAllTextAsync((await download.PathAsync().WaitAsync(TimeSpan.FromSeconds(15)))!, TestContext.Current.CancellationToken);
        Assert.StartsWith("Activity,Kind,Anonymous,Section,Rank,Item,Value,People\r\n", csv);
        Assert.Contains(",culture-priorities,yes,Dots,1,", csv);
        Assert.DoesNotContain("Ben", csv);
        await stranger.Page.GotoAsync(oldLink);
        await Expect(stranger.Test("no-key")).ToBeVisibleAsync(Visible);
        await Expect(lead.Test("connection-state")).ToHaveAttributeAsync("data-connection-state", "connected");

        await lead.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "roles-console.png"), FullPage = true });
        await ana.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "removed-phone.png"), FullPage = true });
        foreach (var surface in new[] { lead, ben, board })
        {
            Assert.Empty(surface.Errors);
        }
    }
}
