using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Script and HTML typed into every text field shows up as the very characters typed, on the
/// console, a phone and the board, and never runs or turns into markup.
/// </summary>
public sealed class HostileTextInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string TeamName = "Team <img src=x onerror=alert(1)>";
    private const string SessionTitle = "Day <script>alert(2)</script>";
    private const string DisplayName = "Eve <b id=injected>x</b>";
    private const string ActivityTitle = "Vote <svg onload=alert(3)>";
    private const string Statement = "<iframe src=javascript:alert(4)>";
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

        await console.Page.GotoAsync(baseUrl + "/");
        await console.Test("team-name").FillAsync(TeamName);
        await console.Test("session-title").FillAsync(SessionTitle);
        await console.Test("start-workshop").ClickAsync();
        await console.Page.WaitForURLAsync("**/facilitator/**");
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
            Assert.Equal(0, await surface.Page.Locator("img[src='x'], #injected, iframe, svg[onload], body script").CountAsync());
            Assert.Empty(surface.Errors);
        }

        Assert.Empty(dialogs);
        await console.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "hostile-text-console.png"), FullPage = true });
    }
}
