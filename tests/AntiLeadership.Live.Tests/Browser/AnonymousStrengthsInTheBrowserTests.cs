using AntiLeadership.Live.Activities.Strengths;
using Microsoft.Playwright;
using static AntiLeadership.Live.Tests.Browser.StrengthsPhone;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// An anonymous strengths map in real Chromium: the person recognised reads "Someone sees … in you" with
/// no giver's name anywhere on their phone, and the board gives one or two people as "1–2" and never
/// ties a name to a recognition.
/// </summary>
public sealed class AnonymousStrengthsInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Example = "On release day Ben kept us all steady.";
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions WaitFor = new() { Timeout = 15_000 };
    private static readonly ViewportSize NarrowPhone = new() { Width = 360, Height = 740 };

    [Fact]
    public async Task In_an_anonymous_map_the_recipient_reads_someone_sees_and_the_board_shows_few_as_one_to_two_without_names_on_recognitions()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        await using var ana = await Surface.OpenAsync(fixture.Browser, NarrowPhone, phone: true);
        await using var ben = await Surface.OpenAsync(fixture.Browser, NarrowPhone, phone: true);
        await using var chloe = await Surface.OpenAsync(fixture.Browser, NarrowPhone, phone: true);

        await StartPage.StartWorkshopAsync(console, baseUrl, "Green team", "What we bring");
        await Expect(console.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), Wait);
        var joinCode = (await console.Test("join-code").InnerTextAsync()).Trim();
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());
        await Expect(board.Test("join-code")).ToHaveTextAsync(joinCode, Wait);
        foreach (var (phone, name) in new[] { (ana, "Ana"), (ben, "Ben"), (chloe, "Chloé") })
        {
            await ParticipantPage.JoinAsync(phone, $"{baseUrl}/join/{joinCode}", name);
            await Expect(phone.Test("my-name")).ToHaveTextAsync(name, Wait);
        }

        // Anonymous, results visible as they come: the board shows the team's picture live.
        await console.Test("kind-select").SelectOptionAsync(StrengthsKind.Name);
        await console.Test("activity-title-input").FillAsync("Our strengths");
        await console.Test("activity-anonymous").CheckAsync();
        await console.Test("hide-results-input").UncheckAsync();
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("next-step")).ToContainTextAsync("Next step: Open", WaitFor);
        await console.Test("open-voting").ClickAsync();
        await Expect(ben.Test("anonymous-tag")).ToBeVisibleAsync();

        // Three choose careful listening (shown as 3); one or two choose the rest (shown as 1–2).
        await PickAsync(ana, "careful-listening", "follow-through");
        await PickAsync(ben, "careful-listening");
        await PickAsync(chloe, "careful-listening", "fresh-ideas");
        // Ana and Chloé both see calm under pressure in Ben; Chloé keeps her own column off the board.
        await RecogniseAsync(ana, "Ben", "calm-under-pressure", Example);
        await RecogniseAsync(chloe, "Ben", "calm-under-pressure");
        await chloe.Test("sm-consent").UncheckAsync();
        await Expect(SaveStatus(chloe)).ToHaveTextAsync("Saved", Wait);
        await Expect(console.Test("sm-participation")).ToHaveTextAsync("3 chose their strengths · 2 recognised a teammate", Wait);

        // Ben reads what is seen in him, from "Someone", and nowhere on his phone is a giver named.
        await Expect(ben.Test("sm-tab-me")).ToHaveTextAsync("Seen in me (2)", Wait);
        await ben.Test("sm-tab-me").ClickAsync();
        await Expect(ben.Test("sm-received").Locator("li")).ToHaveTextAsync(
            [new System.Text.RegularExpressions.Regex("^Someone sees Calm under pressure in you"), new("^Someone sees Calm under pressure in you")], new() { Timeout = 15_000 });
        await Expect(ben.Test("sm-received")).ToContainTextAsync(Example, WaitFor);
        var benReads = await ben.Page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Ana", benReads, StringComparison.Ordinal);
        Assert.DoesNotContain("Chloé", benReads, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(ben, "phone reading what is seen in them, anonymously");
        await Accessibility.AssertNoViolationsAsync(ana, "phone that recognised a teammate anonymously");

        // The board: counts of one or two people read "1–2", three or more exactly; Ben's column shows a
        // recognition with no name beside it, and no example (those are for the recipient alone).
        await Expect(board.Test("sm-heat")).ToContainTextAsync("1–2", WaitFor);
        var relationships = board.Test("sm-heat").Locator("li").Filter(new() { HasText = "Building relationships" });
        await Expect(relationships).ToContainTextAsync("3 chosen by themselves", WaitFor);
        var gettingThingsDone = board.Test("sm-heat").Locator("li").Filter(new() { HasText = "Getting things done" });
        await Expect(gettingThingsDone).ToContainTextAsync("1–2 chosen by themselves, 1–2 seen by others", WaitFor);
        await Expect(board.Test("sm-grid-person")).ToHaveCountAsync(2);
        var benRow = board.Test("sm-grid-person").Filter(new() { HasText = "Ben" });
        await Expect(benRow).ToContainTextAsync("▲1–2", WaitFor);
        await Expect(benRow).ToContainTextAsync("seen by others 1–2", WaitFor);
        var boardReads = await board.Page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Chloé", boardReads, StringComparison.Ordinal);
        Assert.DoesNotContain("sees", boardReads, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Example, boardReads, StringComparison.Ordinal);
        await Expect(board.Test("sm-grid-person").Filter(new() { HasText = "Ana" })).Not.ToContainTextAsync("▲");
        await RoomDisplay.AssertNoScrollbarsAsync(board, "anonymous map's board at 1920×1080");
        await Accessibility.AssertNoViolationsAsync(board, "board of an anonymous map");
        await board.Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "strengths-anonymous-board.png") });
        await ben.Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "strengths-anonymous-phone-seen-in-me.png"), FullPage = true });

        // The facilitator moderates the example without learning who wrote it.
        await Expect(console.Test("sm-example")).ToContainTextAsync("Calm under pressure in Ben", WaitFor);
        await Expect(console.Test("sm-example")).Not.ToContainTextAsync("Ana");
        await Accessibility.AssertNoViolationsAsync(console, "console of an anonymous map");

        // What Ben's devices are sent names nobody either.
        var benId = await ben.Page.EvaluateAsync<string>("() => Object.keys(localStorage).filter(k => k.startsWith('antileadership.participant.')).map(k => JSON.parse(localStorage.getItem(k)).participantId)[0]");
        var session = await fixture.Server.App.Grains.GetGrain<Sessions.ISessionGrain>(
            new Uri(console.Page.Url).AbsolutePath.Split('/').Last()).GetView().WaitAsync(TimeSpan.FromSeconds(10));
        var contribution = (StrengthsContribution)await fixture.Server.App.Grains.GetGrain<IStrengthsGrain>(session.CurrentActivityId!)
            .GetContribution(benId).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, contribution.Received.Count);
        Assert.All(contribution.Received, r => Assert.Null(r.From));
        foreach (var surface in new[] { console, board, ana, ben, chloe })
        {
            Assert.Empty(surface.Errors);
        }
    }
}
