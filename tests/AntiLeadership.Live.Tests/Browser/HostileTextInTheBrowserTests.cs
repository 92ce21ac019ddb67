using AntiLeadership.Live.Activities.CheckIns;
using AntiLeadership.Live.Activities.Strengths;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Script and HTML typed into every text field shows up as the very characters typed, on the
/// console, a phone and the board, and never runs or turns into markup. Hidden direction characters
/// are refused by the server (<see cref="TextRules"/>), so they never reach a screen at all.
/// </summary>
public sealed class HostileTextInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string TeamName = "Team <img src=x onerror=alert(1)>";
    private const string SessionTitle = "Day <script>alert(2)</script>";
    private const string DisplayName = "Eve <b id=injected>x</b>";
    private const string ActivityTitle = "Vote <svg onload=alert(3)>";
    private const string Statement = "<iframe src=javascript:alert(4)>";

    // The strengths map's own fields. A domain's name cannot hold a colon (the setup form's line is
    // "Domain: Strength - description"), nor can a strength added from the console ("Name: description").
    private const string SetupDomain = "<img src=x onerror=alert(5)>";
    private const string SetupStrength = "<script>alert(6)</script>";
    private const string SetupDescription = "<iframe src=javascript:alert(7)></iframe>";
    private const string ConsoleDomain = "<svg onload=alert(8)>";
    private const string ConsoleStrength = "<b id=injected>bold</b>";
    private const string ConsoleDescription = "<style>*{display:none}</style>";
    private const string Example = "<script>alert(9)</script><img src=x onerror=alert(10)>";

    // The check-in's: the facilitator's question and a participant's word.
    private const string Prompt = "<img src=x onerror=alert(11)> How do you arrive?";
    private const string Word = "<svg onload=alert(12)>";

    // What none of the payloads may become, and that no page has of its own.
    private const string Injected = "img[src='x'], #injected, iframe, svg[onload], body script, body style";

    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToHaveTextOptions HaveText = new() { Timeout = 15_000 };

    [Fact]
    public async Task Script_and_html_in_every_text_field_are_shown_as_text_on_console_phone_and_board()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var phone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        var dialogs = new List<string>();
        foreach (var surface in new[] { console, phone, board })
        {
            surface.Page.Dialog += async (_, dialog) =>
            {
                lock (dialogs) { dialogs.Add(dialog.Message); }
                await dialog.DismissAsync();
            };
        }

        await StartPage.StartWorkshopAsync(console, baseUrl, TeamName, SessionTitle);
        await Expect(console.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), HaveText);
        var joinCode = (await console.Test("join-code").InnerTextAsync()).Trim();
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());

        await phone.Page.GotoAsync($"{baseUrl}/join/{joinCode}");
        await phone.Test("name-input").FillAsync(DisplayName);
        await phone.Test("name-submit").ClickAsync();
        await Expect(phone.Test("my-name")).ToHaveTextAsync(DisplayName, HaveText);

        await console.Test("activity-title-input").FillAsync(ActivityTitle);
        await console.Test("statements-input").FillAsync($"{Statement}\nMistakes are for learning");
        await console.Test("hide-results-input").UncheckAsync();
        await console.Test("add-activity").ClickAsync();
        await console.Test("open-voting").ClickAsync();
        await Expect(phone.Test("statement")).ToHaveCountAsync(2, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await phone.Test("statement").First.Locator("[data-test=\"add-dot\"]").ClickAsync();

        await Expect(console.Page.Locator("body")).ToContainTextAsync(TeamName, Wait);
        await Expect(console.Page.Locator("body")).ToContainTextAsync(SessionTitle, Wait);
        await Expect(console.Page.Locator("body")).ToContainTextAsync(DisplayName, Wait);
        await Expect(console.Page.Locator("body")).ToContainTextAsync(ActivityTitle, Wait);
        await Expect(console.Page.Locator("body")).ToContainTextAsync(Statement, Wait);
        await Expect(phone.Page.Locator("body")).ToContainTextAsync(TeamName, Wait);
        await Expect(phone.Page.Locator("body")).ToContainTextAsync(ActivityTitle, Wait);
        await Expect(phone.Test("statement").First).ToContainTextAsync(Statement, Wait);
        await Expect(board.Test("activity-title")).ToHaveTextAsync(ActivityTitle, HaveText);
        await Expect(board.Page.Locator("body")).ToContainTextAsync(SessionTitle, Wait);
        await Expect(board.Page.Locator("body")).ToContainTextAsync(Statement, Wait);
        await Expect(board.Page.Locator("body")).Not.ToContainTextAsync(DisplayName, Wait);

        await Accessibility.AssertNoViolationsAsync(console, "console with hostile text");
        await Accessibility.AssertNoViolationsAsync(phone, "phone with hostile text");
        await Accessibility.AssertNoViolationsAsync(board, "board with hostile text");
        foreach (var surface in new[] { console, phone, board })
        {
            // None of the payloads became an element, and no script ran.
            Assert.Equal(0, await surface.Page.Locator(Injected).CountAsync());
            Assert.Empty(surface.Errors);
        }

        Assert.Empty(dialogs);
        await console.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "hostile-text-console.png"), FullPage = true });
    }

    [Fact]
    public async Task Script_and_html_in_a_strengths_map_and_a_check_in_are_shown_as_text_on_console_phones_and_board()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var ana = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await using var eve = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        Surface[] surfaces = [console, ana, eve, board];
        var dialogs = new List<string>();
        foreach (var surface in surfaces)
        {
            surface.Page.Dialog += async (_, dialog) =>
            {
                lock (dialogs) { dialogs.Add(dialog.Message); }
                await dialog.DismissAsync();
            };
        }

        await StartPage.StartWorkshopAsync(console, baseUrl, "Blue team", "Day one");
        await Expect(console.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), HaveText);
        var joinCode = (await console.Test("join-code").InnerTextAsync()).Trim();
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());
        await ParticipantPage.JoinAsync(ana, $"{baseUrl}/join/{joinCode}", "Ana");
        await ParticipantPage.JoinAsync(eve, $"{baseUrl}/join/{joinCode}", DisplayName);
        await Expect(console.Test("present-count")).ToHaveTextAsync("2", HaveText);

        // A named map with a domain and a strength of the team's own from the setup form, results shown at once.
        await console.Test("kind-select").SelectOptionAsync(StrengthsKind.Name);
        await console.Test("activity-title-input").FillAsync("Our strengths");
        await console.Test("sm-extra-domains").FillAsync(SetupDomain);
        await console.Test("sm-extra-strengths").FillAsync($"{SetupDomain}: {SetupStrength} - {SetupDescription}");
        await console.Test("activity-anonymous").UncheckAsync();
        await console.Test("hide-results-input").UncheckAsync();
        await console.Test("add-activity").ClickAsync();
        await console.Test("open-voting").ClickAsync();

        // A domain with a hidden direction override is refused and named on the console; then the
        // facilitator adds a domain and a strength from the console while the map is open.
        await console.Page.Locator(".sm-add summary").ClickAsync();
        await console.Test("sm-add-domain-name").FillAsync("Shipping \u202Etxet neddih");
        await console.Test("sm-add-domain").ClickAsync();
        await Expect(console.Test("error")).ToHaveTextAsync(TextRules.ForbiddenCharactersMessage, HaveText);
        await console.Test("sm-add-domain-name").FillAsync(ConsoleDomain);
        await console.Test("sm-add-domain").ClickAsync();
        await Expect(console.Test("sm-add-strength-domain").Locator("option")).ToHaveCountAsync(6, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await console.Test("sm-add-strength-domain").SelectOptionAsync(new SelectOptionValue { Label = ConsoleDomain });
        await console.Test("sm-add-strength-name").FillAsync(ConsoleStrength);
        await console.Page.Locator("#sm-add-strength-description").FillAsync(ConsoleDescription);
        await console.Test("sm-add-strength").ClickAsync();

        // Eve brings the setup's strength; Ana sees the console's strength in Eve, with an example of when.
        await Expect(eve.Test("sm-pick")).ToHaveCountAsync(29, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await StrengthsPhone.PickAsync(eve, "strength-28");
        await ana.Test("sm-tab-others").ClickAsync();
        await Expect(ana.Test("sm-person").Locator("option")).ToHaveCountAsync(2, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await ana.Test("sm-strength").SelectOptionAsync("strength-29");
        await ana.Test("sm-person").SelectOptionAsync(new SelectOptionValue { Label = DisplayName });
        await ana.Test("sm-example-input").FillAsync(Example);
        await ana.Test("sm-recognise").ClickAsync();
        await Expect(ana.Page.Locator("#save-status")).ToHaveTextAsync("Saved", HaveText);

        // Phones: the catalogue's names and descriptions, what Ana gave and what Eve received.
        var consolePick = ana.Page.Locator("[data-test=\"sm-pick\"][data-strength=\"strength-29\"]");
        await ana.Test("sm-tab-mine").ClickAsync();
        await Expect(ana.Page.Locator("[data-test=\"sm-pick\"][data-strength=\"strength-28\"]")).ToHaveTextAsync(SetupStrength + SetupDescription, HaveText);
        await Expect(consolePick).ToHaveTextAsync(ConsoleStrength + ConsoleDescription, HaveText);
        await Expect(ana.Page.Locator("body")).ToContainTextAsync(SetupDomain, Wait);
        await Expect(ana.Page.Locator("body")).ToContainTextAsync(ConsoleDomain, Wait);
        await ana.Test("sm-tab-others").ClickAsync();
        await Expect(ana.Test("sm-given")).ToContainTextAsync($"{ConsoleStrength} in {DisplayName}", Wait);
        await Expect(ana.Test("sm-given").Locator("q")).ToHaveTextAsync(Example, HaveText);
        await Expect(eve.Test("sm-tab-me")).ToHaveTextAsync("Seen in me (1)", HaveText);
        await eve.Test("sm-tab-me").ClickAsync();
        await Expect(eve.Test("sm-received")).ToContainTextAsync($"Ana sees {ConsoleStrength} in you", Wait);
        await Expect(eve.Test("sm-received").Locator("q")).ToHaveTextAsync(Example, HaveText);

        // Console: the counts by domain and the example to moderate. Board: heat by domain, the grid, the top list.
        await Expect(console.Test("sm-example").Locator("q")).ToHaveTextAsync(Example, HaveText);
        await Expect(console.Test("sm-example")).ToContainTextAsync($"{ConsoleStrength} in {DisplayName}", Wait);
        await Expect(console.Test("sm-console-counts")).ToContainTextAsync(SetupDomain, Wait);
        await Expect(console.Test("sm-console-counts")).ToContainTextAsync(ConsoleDomain, Wait);
        await Expect(console.Test("sm-console-counts")).ToContainTextAsync(SetupStrength, Wait);
        await Expect(console.Test("sm-console-counts")).ToContainTextAsync(ConsoleStrength, Wait);
        await Expect(board.Test("sm-grid")).ToContainTextAsync(DisplayName, Wait);
        await Expect(board.Test("sm-grid")).ToContainTextAsync(SetupStrength, Wait);
        await Expect(board.Test("sm-grid")).ToContainTextAsync(ConsoleStrength, Wait);
        await Expect(board.Test("sm-heat")).ToContainTextAsync(SetupDomain, Wait);
        await Expect(board.Test("sm-heat")).ToContainTextAsync(ConsoleDomain, Wait);
        await Expect(board.Test("sm-most-shared")).ToContainTextAsync(SetupStrength, Wait);
        await Expect(board.Page.Locator("body")).Not.ToContainTextAsync("neddih", Wait);
        await Expect(board.Page.Locator("body")).Not.ToContainTextAsync(Example, Wait);
        foreach (var (surface, what) in new[] { (console, "console"), (ana, "phone giving"), (eve, "phone receiving"), (board, "board") })
        {
            await Accessibility.AssertNoViolationsAsync(surface, $"{what} with a hostile strengths map");
            Assert.Equal(0, await surface.Page.Locator(Injected).CountAsync());
        }

        // A one-word check-in with a hostile question; one word hostile, one with a hidden direction override (refused).
        await console.Test("kind-select").SelectOptionAsync(CheckInKind.Name);
        await console.Test("activity-title-input").FillAsync("Opening check-in");
        await console.Test("check-in-mode-word").CheckAsync();
        await console.Test("check-in-prompt-input").FillAsync(Prompt);
        await console.Test("hide-results-input").UncheckAsync();
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("show-activity")).ToHaveCountAsync(2, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await console.Test("show-activity").Nth(1).ClickAsync();
        await Expect(board.Test("check-in-prompt")).ToHaveTextAsync(Prompt, HaveText);
        await console.Test("open-voting").ClickAsync();
        await Expect(ana.Test("check-in-prompt")).ToHaveTextAsync(Prompt, HaveText);
        await ana.Test("check-in-word-input").FillAsync(Word);
        await ana.Test("check-in-send").ClickAsync();
        await Expect(ana.Test("check-in-own")).ToHaveTextAsync($"Your answer: “{Word}”", HaveText);
        await eve.Test("check-in-word-input").FillAsync("\u202Edeniatsus");
        await eve.Test("check-in-send").ClickAsync();
        await Expect(eve.Page.Locator("body")).ToContainTextAsync(TextRules.ForbiddenCharactersMessage, Wait);

        await Expect(console.Test("check-in-prompt")).ToContainTextAsync(Prompt, Wait);
        await Expect(console.Test("check-in-console-word")).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await Expect(console.Test("check-in-console-word")).ToContainTextAsync(Word, Wait);
        await Expect(board.Test("check-in-word")).ToHaveTextAsync([$"{Word}: 1 person"], new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
        await Expect(board.Test("check-in-cloud-word")).ToHaveTextAsync([Word], new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
        await Expect(board.Page.Locator("body")).Not.ToContainTextAsync("deniatsus", Wait);
        foreach (var (surface, what) in new[] { (console, "console"), (ana, "phone answering"), (eve, "phone refused"), (board, "board") })
        {
            await Accessibility.AssertNoViolationsAsync(surface, $"{what} with a hostile check-in");
        }

        foreach (var surface in surfaces)
        {
            // None of the payloads became an element, and no script ran.
            Assert.Equal(0, await surface.Page.Locator(Injected).CountAsync());
            Assert.Empty(surface.Errors);
        }

        Assert.Empty(dialogs);
        await board.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "hostile-text-check-in-board.png"), FullPage = true });
    }
}
