using AntiLeadership.Live.Activities.Content;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// A content card as a room sees it: a facilitator writes one with hostile Markdown and an uploaded
/// image (a real PNG made here), shows it, and the board and three phones show the heading, the text
/// formatted (a list, bold) and the image, with nothing typed ever running as script or becoming markup.
/// </summary>
public sealed class ContentCardInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Heading = "Why we are here <b>today</b>";

    private const string Markdown = """
        We work on **three things** together:

        - trust
        - pace
        - *learning*

        <script>alert(1)</script>
        <img src=x onerror=alert(2)>
        [click me](javascript:alert(3)) and <div onclick="alert(4)">raw html</div>

        Read [the handbook](https://example.org/handbook) later.
        """;

    // What none of the Markdown may become: no script, no handler, no raw element, no script link.
    private const string Injected = "body script, img[src='x'], [onerror], [onclick], a[href^='javascript'], div[onclick], .content-text div, .content-text b";

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_facilitator_shows_a_card_with_an_image_and_hostile_markdown_and_board_and_phones_show_it_formatted_and_harmless()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        var phones = new List<Surface>();
        for (var i = 0; i < 3; i++)
        {
            phones.Add(await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true));
        }

        Surface[] everyone = [console, board, .. phones];
        var dialogs = new List<string>();
        foreach (var surface in everyone)
        {
            surface.Page.Dialog += async (_, dialog) =>
            {
                lock (dialogs) { dialogs.Add(dialog.Message); }
                await dialog.DismissAsync();
            };
        }

        await StartPage.StartWorkshopAsync(console, baseUrl, "Blue team", "Day one");
        await Expect(console.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), Wait);
        var joinCode = (await console.Test("join-code").InnerTextAsync()).Trim().Replace(" ", "");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());
        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < phones.Count; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
        }

        // The facilitator writes the card: no results to hide and nobody to be anonymous about, so the
        // form does not ask; the preview shows the text formatted as it types.
        await console.Test("kind-select").SelectOptionAsync(ContentKind.Name);
        await Expect(console.Test("content-markdown-input")).ToBeVisibleAsync();
        await Expect(console.Test("hide-results-input")).ToBeHiddenAsync();
        await Expect(console.Test("activity-anonymous")).ToBeHiddenAsync();
        await console.Test("activity-title-input").FillAsync(Heading);
        await console.Test("content-markdown-input").FillAsync(Markdown);
        await Expect(console.Test("content-preview").Locator("strong")).ToHaveTextAsync("three things", Wait);
        await console.Test("content-image-file").SetInputFilesAsync(new FilePayload
        {
            Name = "river.png",
            MimeType = "image/png",
            Buffer = TestImages.Png(480, 300, (40, 110, 190)),
        });
        await Expect(console.Test("content-image-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Uploaded river.png"), Wait);
        await Expect(console.Test("content-preview").Locator("img")).ToHaveJSPropertyAsync("complete", true);
        await Accessibility.AssertNoViolationsAsync(console, "console with the card's setup fields and preview");

        // An image needs its description before the card can be added.
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("error")).ToHaveTextAsync("Describe the image in a few words: screen readers read this out instead of the image.", Wait);
        await console.Test("content-image-alt").FillAsync("A blue river with a dark band across it");
        await console.Test("add-activity").ClickAsync();

        // The first activity goes straight onto the board: the heading large, the text formatted, the image.
        await Expect(board.Test("activity-title")).ToHaveTextAsync(Heading, Wait);
        foreach (var surface in new[] { board }.Concat(phones))
        {
            await ExpectCardAsync(surface.Test("content-card"));
        }

        await Expect(board.Test("participation")).ToBeHiddenAsync();
        await Expect(board.Test("voting-status")).ToBeHiddenAsync();
        await Expect(board.Test("content-text").Locator("a[href='https://example.org/handbook']")).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await RoomDisplay.ResizeAsync(board, Surface.RoomDisplay.Width, Surface.RoomDisplay.Height);
        await RoomDisplay.AssertNoScrollbarsAsync(board, "board with a content card");
        // Readable from the back of the room: the card's text, not only its heading, is large.
        var textSize = await board.Test("content-text").Locator("li").First.EvaluateAsync<double>("n => parseFloat(getComputedStyle(n).fontSize)");
        Assert.True(textSize >= 32, $"The card's text is set at {textSize:0.#} px on a 1920×1080 board.");
        await Accessibility.AssertNoViolationsAsync(board, "board with a content card");

        foreach (var phone in phones)
        {
            await Expect(phone.Page.Locator("#activity-title")).ToHaveTextAsync(Heading, Wait);
            await Expect(phone.Test("participation")).ToBeHiddenAsync();
            await Expect(phone.Test("voting-status")).ToBeHiddenAsync();
            var tooWide = await phone.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(tooWide <= 0, $"The phone scrolls sideways by {tooWide} px.");
        }

        await Accessibility.AssertNoViolationsAsync(phones[0], "phone with a content card");

        // The console shows the card as the board does, without open, close or reveal (a step timer
        // still fits a card), and the next step is the next activity.
        await ExpectCardAsync(console.Page.Locator("#current-body [data-test=\"content-card\"]"));
        await Expect(console.Test("open-voting")).ToBeHiddenAsync();
        await Expect(console.Test("close-voting")).ToBeHiddenAsync();
        await Expect(console.Test("reveal-results")).ToBeHiddenAsync();
        await Expect(console.Test("start-timer")).ToBeVisibleAsync();
        await Expect(console.Page.Locator("#timer-note")).ToBeHiddenAsync();
        await Expect(console.Test("voter-count")).ToBeHiddenAsync();
        await Expect(console.Test("next-step")).ToHaveTextAsync("Next step: Add an activity.", Wait);
        await Accessibility.AssertNoViolationsAsync(console, "console with a content card on the board");

        await board.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "content-board.png") });
        await phones[0].Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "content-phone.png"), FullPage = true });
        await console.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "content-console.png"), FullPage = true });

        foreach (var surface in everyone)
        {
            Assert.Equal(0, await surface.Page.Locator(Injected).CountAsync());
            Assert.Empty(surface.Errors);
        }

        Assert.Empty(dialogs);
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    /// <summary>The card's text formatted, its hostile parts as the characters typed, and its image loaded with its description.</summary>
    private static async Task ExpectCardAsync(ILocator card)
    {
        var text = card.Locator("[data-test=\"content-text\"]");
        await Expect(text.Locator("strong")).ToHaveTextAsync("three things", Wait);
        await Expect(text.Locator("li")).ToHaveTextAsync(["trust", "pace", "learning"], Wait);
        await Expect(text.Locator("li em")).ToHaveTextAsync("learning", Wait);
        await Expect(text).ToContainTextAsync("<script>alert(1)</script>", Contains);
        await Expect(text).ToContainTextAsync("<img src=x onerror=alert(2)>", Contains);
        await Expect(text).ToContainTextAsync("[click me](javascript:alert(3))", Contains);
        await Expect(text).ToContainTextAsync("<div onclick=\"alert(4)\">raw html</div>", Contains);
        var image = card.Locator("[data-test=\"content-image\"]");
        await Expect(image).ToBeVisibleAsync();
        await Expect(image).ToHaveAttributeAsync("alt", "A blue river with a dark band across it");
        await Expect(image).ToHaveJSPropertyAsync("complete", true);
        Assert.Equal(480, await image.EvaluateAsync<int>("img => img.naturalWidth"));
    }
}
