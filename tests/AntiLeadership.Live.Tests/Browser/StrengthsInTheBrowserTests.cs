using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Strengths;
using Microsoft.Playwright;
using static AntiLeadership.Live.Tests.Browser.StrengthsPhone;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// A whole strengths map as a team would run it: a facilitator on a laptop adds it from the kind picker,
/// three phones 360 px wide pick and recognise strengths, and the board shows the team's picture once
/// revealed, at both room-display sizes, in real headless Chromium against the real server.
/// </summary>
public sealed class StrengthsInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions WaitFor = new() { Timeout = 15_000 };
    private static readonly ViewportSize NarrowPhone = new() { Width = 360, Height = 740 };

    [Fact]
    public async Task A_facilitator_three_phones_and_the_board_build_the_teams_strengths_map()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        await using var ana = await Surface.OpenAsync(fixture.Browser, NarrowPhone, phone: true);
        await using var ben = await Surface.OpenAsync(fixture.Browser, NarrowPhone, phone: true);
        await using var chloe = await Surface.OpenAsync(fixture.Browser, NarrowPhone, phone: true);
        Surface[] phones = [ana, ben, chloe];

        // The facilitator starts a workshop; the board opens from the console's link.
        await StartPage.StartWorkshopAsync(console, baseUrl, "Blue team", "What we bring");
        await Expect(console.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), Wait);
        var joinCode = (await console.Test("join-code").InnerTextAsync()).Trim();
        var boardUrl = await console.Test("board-link").GetAttributeAsync("href");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), boardUrl).ToString());
        await Expect(board.Test("join-code")).ToHaveTextAsync(joinCode, Wait);

        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < phones.Length; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
            await Expect(phones[i].Test("my-name")).ToHaveTextAsync(names[i], Wait);
        }

        await Expect(console.Test("present-count")).ToHaveTextAsync("3", Wait);

        // The facilitator picks the strengths map from the kind picker, adds a strength of the team's own,
        // makes it named (recipients read who sees what in them) with results hidden until revealed.
        await console.Test("kind-select").SelectOptionAsync(StrengthsKind.Name);
        await Expect(console.Test("sm-extra-strengths")).ToBeVisibleAsync();
        await console.Test("activity-title-input").FillAsync("Our strengths");
        await console.Test("sm-extra-strengths").FillAsync("Thinking: Writing it down - Leaves notes others can use");
        await console.Test("activity-anonymous").UncheckAsync();
        await console.Test("hide-results-input").CheckAsync();
        await Accessibility.AssertNoViolationsAsync(console, "console with the strengths map's setup fields");
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("next-step")).ToContainTextAsync("Next step: Open", WaitFor);
        await Expect(console.Test("sm-participation")).ToHaveTextAsync("0 chose their strengths · 0 recognised a teammate", Wait);
        await console.Test("open-voting").ClickAsync();
        await Expect(console.Test("next-step")).ToContainTextAsync("Next step: Close", WaitFor);

        // While results are hidden the board shows the catalogue the room chooses from, and no results.
        await Expect(board.Test("sm-catalogue")).ToContainTextAsync("Writing it down", WaitFor);
        await Expect(board.Test("sm-catalogue")).ToContainTextAsync("Building relationships", WaitFor);
        await Expect(board.Test("sm-grid")).ToHaveCountAsync(0);
        await Expect(board.Test("sm-heat")).ToHaveCountAsync(0);

        foreach (var phone in phones)
        {
            await Expect(phone.Test("sm-pick")).ToHaveCountAsync(28);
            await Expect(Pick(phone, "careful-listening")).ToBeEnabledAsync();
        }

        // At 360 px the catalogue is folded by domain: four labelled sections, each opened with a thumb or
        // the keyboard, instead of 28 buttons in one scroll.
        await Expect(ana.Test("sm-domain")).ToHaveCountAsync(4);
        await Expect(ana.Test("sm-domain-toggle")).ToHaveTextAsync(
            [new System.Text.RegularExpressions.Regex("^Getting things done"), new("^Influencing"), new("^Building relationships"), new("^Thinking")], new() { Timeout = 15_000 });
        await Expect(Pick(ana, "careful-listening")).ToBeHiddenAsync();
        await ana.Page.Locator("[data-test=\"sm-domain\"][data-domain-id=\"relating\"] summary").FocusAsync();
        await ana.Page.Keyboard.PressAsync("Enter");
        await Expect(Pick(ana, "careful-listening")).ToBeVisibleAsync();
        await Expect(Pick(ana, "speaking-up")).ToBeHiddenAsync();
        await AssertThumbSizedAsync(ana, "[data-test=\"sm-domain-toggle\"], [data-test=\"sm-pick\"]:visible");
        await Accessibility.AssertNoViolationsAsync(ana, "phone with one domain of strengths open");
        await SaveAsync(ana, "strengths-phone-folded");

        // Each picks the strengths they bring, in order.
        await PickAsync(ana, "careful-listening", "asking-good-questions", "follow-through");
        await PickAsync(ben, "careful-listening", "fresh-ideas");
        await PickAsync(chloe, "asking-good-questions", "speaking-up");
        await Expect(ana.Test("sm-mine").Locator("li")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("^Careful listening"), new("^Asking good questions"), new("^Follow-through")], new() { Timeout = 15_000 });
        await Expect(ana.Test("sm-tab-mine")).ToHaveTextAsync("My strengths (3 of 5)", Wait);
        // What she chose stays at the top, above the folded catalogue, and the sections she opened stay open.
        var mineBox = await ana.Test("sm-mine").BoundingBoxAsync();
        var firstDomainBox = await ana.Test("sm-domain").First.BoundingBoxAsync();
        Assert.True(mineBox!.Y + mineBox.Height <= firstDomainBox!.Y, "Her chosen strengths are not above the catalogue.");
        await Expect(Pick(ana, "careful-listening")).ToBeVisibleAsync();
        await Expect(ana.Test("sm-domain-toggle").Nth(2)).ToContainTextAsync("1 picked", WaitFor);
        // Everyone's picks reached her phone in paced updates, which leave the catalogue out: the phone
        // keeps the one it was sent whole, names and descriptions.
        await Expect(ana.Test("participation")).ToHaveTextAsync("3 of 3 have taken part", Wait);
        await Expect(Pick(ana, "careful-listening")).ToContainTextAsync("Hears what is meant, not only what is said.", WaitFor);
        await Expect(ana.Test("sm-pick")).ToHaveCountAsync(28);
        await Accessibility.AssertNoViolationsAsync(ana, "phone with strengths picked");
        await SaveAsync(ana, "strengths-phone-mine");

        // Ana recognises a strength in Ben, with an example of when.
        await ana.Test("sm-tab-others").ClickAsync();
        // Her own name is not among the teammates she can recognise.
        await Expect(ana.Test("sm-person").Locator("option")).ToHaveTextAsync(["Choose a teammate", "Ben", "Chloé"], new() { Timeout = 15_000 });
        await ana.Test("sm-strength").SelectOptionAsync("calm-under-pressure");
        await ana.Test("sm-person").SelectOptionAsync(new SelectOptionValue { Label = "Ben" });
        await ana.Test("sm-example-input").FillAsync("On release day Ben kept us all steady.");
        await ana.Test("sm-recognise").ClickAsync();
        await Expect(ana.Test("sm-given").Locator("li")).ToHaveCountAsync(1);
        await Expect(ana.Test("sm-given")).ToContainTextAsync("Calm under pressure in Ben", WaitFor);
        await Expect(SaveStatus(ana)).ToHaveTextAsync("Saved", Wait);
        await Accessibility.AssertNoViolationsAsync(ana, "phone recognising a teammate");
        await SaveAsync(ana, "strengths-phone-others");

        // Chloé keeps her column off the board (she still counts in the totals).
        await Expect(chloe.Test("sm-consent")).ToBeCheckedAsync();
        await chloe.Test("sm-consent").UncheckAsync();
        await Expect(SaveStatus(chloe)).ToHaveTextAsync("Saved", Wait);

        await Expect(console.Test("sm-participation")).ToHaveTextAsync("3 chose their strengths · 1 recognised a teammate", Wait);
        await Expect(board.Test("participation")).ToHaveTextAsync("3 of 3 have taken part", Wait);
        await Expect(board.Test("sm-grid")).ToHaveCountAsync(0);
        await SaveAsync(board, "strengths-board-hidden");
        await Accessibility.AssertNoViolationsAsync(board, "board while the map's results are hidden");
        await RoomDisplay.AssertNoScrollbarsAsync(board, "board while hidden at 1920×1080");

        // Ben reloads mid-activity: still Ben, his picks still his, and he reads what Ana sees in him.
        await ben.Page.ReloadAsync();
        await Expect(ben.Test("my-name")).ToHaveTextAsync("Ben", Wait);
        await Expect(ben.Test("name-input")).Not.ToBeVisibleAsync();
        await Expect(Pick(ben, "careful-listening")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Pick(ben, "fresh-ideas")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(ben.Test("sm-tab-mine")).ToHaveTextAsync("My strengths (2 of 5)", Wait);
        await Expect(ben.Test("sm-tab-me")).ToHaveTextAsync("Seen in me (1)", Wait);
        await ben.Test("sm-tab-me").ClickAsync();
        await Expect(ben.Test("sm-received")).ToContainTextAsync("Ana sees Calm under pressure in you", WaitFor);
        await Expect(ben.Test("sm-received")).ToContainTextAsync("On release day Ben kept us all steady.", WaitFor);
        await Accessibility.AssertNoViolationsAsync(ben, "phone reading what teammates see in them");
        await SaveAsync(ben, "strengths-phone-seen-in-me");

        // The facilitator sees the example for moderation and hides it: Ana is told, Ben no longer reads it.
        await Expect(console.Test("sm-example")).ToHaveCountAsync(1);
        await Expect(console.Test("sm-example")).ToContainTextAsync("On release day Ben kept us all steady.", WaitFor);
        await Accessibility.AssertNoViolationsAsync(console, "console with an example to moderate");
        await console.Test("sm-hide-example").ClickAsync();
        await Expect(console.Test("sm-show-example")).ToBeVisibleAsync();
        await Expect(ana.Test("sm-example-hidden")).ToBeVisibleAsync();
        await Expect(ben.Test("sm-received")).Not.ToContainTextAsync("On release day", WaitFor);
        await Expect(ben.Test("sm-received")).ToContainTextAsync("Ana sees Calm under pressure in you", WaitFor);
        await Accessibility.AssertNoViolationsAsync(ana, "phone told its example was hidden");

        // Reveal: the board shows the grid of those who agreed, the domain heat map and the top lists.
        await console.Test("reveal-results").ClickAsync();
        await Expect(board.Test("sm-grid")).ToBeVisibleAsync();
        await Expect(board.Test("sm-grid-person")).ToHaveCountAsync(2);
        await Expect(board.Test("sm-grid")).ToContainTextAsync("Ana", WaitFor);
        await Expect(board.Test("sm-grid")).Not.ToContainTextAsync("Chloé", WaitFor);
        await Expect(board.Test("sm-heat")).ToContainTextAsync("Thinking", WaitFor);
        await Expect(board.Test("sm-most-shared").Locator("li").First).ToContainTextAsync("Careful listening", WaitFor);
        await Expect(board.Test("sm-not-yet")).ToContainTextAsync("Writing it down", WaitFor);
        await Expect(board.Test("sm-legend").First).ToBeVisibleAsync();
        await RoomDisplay.AssertNoScrollbarsAsync(board, "revealed board at 1920×1080");
        await Accessibility.AssertNoViolationsAsync(board, "revealed board at 1920×1080");
        await SaveAsync(board, "strengths-board-1920");
        await RoomDisplay.ResizeAsync(board, 1280, 720);
        await Expect(board.Test("sm-grid")).ToBeVisibleAsync();
        await RoomDisplay.AssertNoScrollbarsAsync(board, "revealed board at 1280×720");
        await Accessibility.AssertNoViolationsAsync(board, "revealed board at 1280×720");
        await SaveAsync(board, "strengths-board-1280");

        // Every phone sees the reveal come into view.
        await Expect(chloe.Test("sm-phone-reveal")).ToBeVisibleAsync();
        await Expect(chloe.Test("sm-phone-reveal")).ToContainTextAsync("Careful listening", WaitFor);
        await Expect(chloe.Test("sm-phone-reveal")).ToBeInViewportAsync(new() { Timeout = 15_000 });

        // Close: phones can no longer change their picks.
        await console.Test("close-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("voting-status")).ToContainTextAsync("closed", new LocatorAssertionsToContainTextOptions { IgnoreCase = true, Timeout = 15_000 });
            // The status is said once, in its tag: the news line does not repeat it.
            await Expect(phone.Test("stage-news")).Not.ToContainTextAsync("closed", new LocatorAssertionsToContainTextOptions { IgnoreCase = true, Timeout = 15_000 });
        }

        await chloe.Test("sm-tab-mine").ClickAsync();
        await Expect(chloe.Test("sm-mine").Locator("li")).ToHaveCountAsync(2);
        await Expect(chloe.Test("sm-remove-mine").First).ToBeDisabledAsync();
        await Expect(chloe.Test("sm-pick")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(chloe, "phone after the map closed");
        await Accessibility.AssertNoViolationsAsync(console, "console after the map closed");
        await SaveAsync(chloe, "strengths-phone-closed");
        await SaveAsync(console, "strengths-console");

        // What the room saw is what is stored.
        var session = await fixture.Server.App.Grains.GetGrain<Sessions.ISessionGrain>(
            new Uri(console.Page.Url).AbsolutePath.Split('/').Last()).GetView().WaitAsync(TimeSpan.FromSeconds(10));
        var stored = (StrengthsView)await fixture.Server.App.Grains.GetGrain<IStrengthsGrain>(session.CurrentActivityId!).GetView().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(ActivityStatus.Closed, stored.Stage.Status);
        Assert.Equal(3, stored.Choosers);
        Assert.Equal(2, stored.Counts!.Single(c => c.StrengthId == "careful-listening").ChosenBySelf);
        Assert.Equal(1, stored.Counts!.Single(c => c.StrengthId == "calm-under-pressure").SeenByOthers);
        Assert.True(stored.Examples!.Single().Hidden);
        Assert.Equal(["Ana", "Ben"], stored.Grid!.Select(p => p.Name));
        foreach (var surface in phones.Append(board).Append(console))
        {
            Assert.Empty(surface.Errors);
        }
    }

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
}
