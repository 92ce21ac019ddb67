using AntiLeadership.Live.Activities;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// A whole culture-priorities vote as the room would run it: a facilitator on a laptop, three phones
/// (separate browser contexts) and the board, in real headless Chromium against the real server.
/// </summary>
public sealed class CulturePrioritiesInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_facilitator_three_phones_and_the_board_run_a_complete_vote()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        var phones = new List<Surface>();
        for (var i = 0; i < 3; i++)
        {
            phones.Add(await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true));
        }

        // The facilitator starts a workshop and lands on the console.
        await console.Page.GotoAsync(baseUrl + "/");
        await Accessibility.AssertNoViolationsAsync(console, "start page");
        await StartPage.SubmitAsync(console, "Blue team", "Day one: how we lead");
        await Expect(console.Test("connection-state")).ToHaveAttributeAsync("data-connection-state", "connected");
        await Expect(console.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), Wait);
        var joinCode = (await console.Test("join-code").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{8}$", joinCode.Replace("-", ""));

        // The board opens from the console's link and shows the code and its QR image.
        var boardUrl = await console.Test("board-link").GetAttributeAsync("href");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), boardUrl).ToString());
        await Expect(board.Test("join-code")).ToHaveTextAsync(joinCode, Wait);
        await Expect(board.Test("join-qr")).ToBeVisibleAsync();
        Assert.True(await board.Test("join-qr").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await Accessibility.AssertNoViolationsAsync(board, "board before anyone joined");
        await Accessibility.AssertNoViolationsAsync(console, "console of a new workshop");

        // A mistyped code gets a clear message, and nobody is created.
        await phones[0].Page.GotoAsync($"{baseUrl}/join");
        await phones[0].Test("code-input").FillAsync("ZZZZ-ZZZZ");
        await phones[0].Test("code-submit").ClickAsync();
        await Expect(phones[0].Test("error")).ToContainTextAsync("No open session has that code", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone's code step with an error");

        // Three people join from their phones.
        string[] names = ["Ana", "Ben", "Chloé <b>C</b>"];
        for (var i = 0; i < phones.Count; i++)
        {
            await phones[i].Page.GotoAsync($"{baseUrl}/join/{joinCode}");
            if (i == 0)
            {
                await Expect(phones[i].Test("name-input")).ToBeVisibleAsync();
                await Accessibility.AssertNoViolationsAsync(phones[i], "phone's name step");
            }

            await phones[i].Test("name-input").FillAsync(names[i]);
            await phones[i].Test("name-submit").ClickAsync();
            await Expect(phones[i].Test("my-name")).ToHaveTextAsync(names[i], Wait);
        }

        await Expect(board.Test("present-count")).ToHaveTextAsync("3", Wait);
        await Expect(console.Test("present-count")).ToHaveTextAsync("3", Wait);

        // The room display goes full screen; its button steps out of the way.
        await board.Test("fullscreen").ClickAsync();
        await Expect(board.Test("fullscreen")).ToBeHiddenAsync(new() { Timeout = 15_000 });
        Assert.True(await board.Page.EvaluateAsync<bool>("() => document.fullscreenElement !== null"));

        // The facilitator adds the vote with hidden results (3 dots each, at most 2 per statement) and opens it.
        await console.Test("statements-input").FillAsync("We say what we really think\nMistakes are for learning\nEveryone can lead\nWe decide together");
        await console.Test("dots-per-participant-input").FillAsync("3");
        await console.Test("max-dots-per-statement-input").FillAsync("2");
        await console.Test("hide-results-input").CheckAsync();
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("next-step")).ToContainTextAsync("Open voting", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await console.Test("open-voting").ClickAsync();
        await Expect(console.Test("next-step")).ToContainTextAsync("Close voting", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        foreach (var phone in phones)
        {
            await Expect(phone.Test("statement")).ToHaveCountAsync(4);
            await Expect(phone.Test("add-dot").First).ToBeEnabledAsync();
        }

        // Ana: 2 on "say what we think", 1 on "mistakes".
        await AddDotsAsync(phones[0], 0, 2);
        await AddDotsAsync(phones[0], 1, 1);
        await Expect(phones[0].Test("dots-left")).ToHaveTextAsync("0", Wait);
        // Out of dots, a tap says what to do instead of a button that only turns grey.
        await Expect(phones[0].Test("dots-hint")).ToContainTextAsync("take it off first", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await phones[0].Test("statement").Nth(2).Locator("[data-test=\"add-dot\"]").ClickAsync(new() { Force = true });
        await Expect(phones[0].Test("error")).ToHaveTextAsync("All 3 dots used: take one off to move it.", Wait);
        await Expect(DotCount(phones[0], 2)).ToHaveTextAsync("0", Wait);
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone during the vote");

        // Ben places one dot, reloads mid-vote, and keeps it: same participant, no new name asked.
        await AddDotsAsync(phones[1], 0, 1);
        await phones[1].Page.ReloadAsync();
        await Expect(phones[1].Test("my-name")).ToHaveTextAsync("Ben", Wait);
        await Expect(DotCount(phones[1], 0)).ToHaveTextAsync("1", Wait);
        await Expect(phones[1].Test("name-input")).Not.ToBeVisibleAsync();
        await AddDotsAsync(phones[1], 2, 2);

        // Chloé: 2 on "say what we think", 1 on "we decide together".
        await AddDotsAsync(phones[2], 0, 2);
        await AddDotsAsync(phones[2], 3, 1);

        // While hidden, the board shows the statements the room votes on and how many of those present
        // have voted, never a count per statement.
        await Expect(board.Test("voted-count")).ToHaveTextAsync("3", Wait);
        await Expect(board.Test("participation")).ToHaveTextAsync("3 of 3 have voted", Wait);
        await Expect(board.Test("board-statement")).ToHaveTextAsync(["We say what we really think", "Mistakes are for learning", "Everyone can lead", "We decide together"], new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
        await Expect(board.Test("ranking-row")).ToHaveCountAsync(0);
        await Expect(board.Test("ranking-dots")).ToHaveCountAsync(0);
        await Expect(console.Test("voter-count")).ToHaveTextAsync("3", Wait);
        await SaveAsync(board, "board-hidden");
        await Accessibility.AssertNoViolationsAsync(board, "board with hidden results");
        await Accessibility.AssertNoViolationsAsync(console, "console during the vote");

        // Reveal: the board ranks the statements by dots.
        await console.Test("reveal-results").ClickAsync();
        await Expect(board.Test("ranking-row")).ToHaveCountAsync(4);
        await Expect(board.Test("ranking-dots")).ToHaveTextAsync(["5", "2", "1", "1"], new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
        await Expect(board.Test("ranking-text").First).ToHaveTextAsync("We say what we really think", Wait);
        await Expect(board.Test("ranking-text").Nth(1)).ToHaveTextAsync("Everyone can lead", Wait);
        // A phone scrolled down to its last card sees the reveal: the ranking comes first, in view.
        await Expect(phones[2].Test("stage-news")).ToHaveTextAsync("The results are out.", Wait);
        await Expect(phones[2].Page.Locator("#results")).ToBeInViewportAsync(new() { Timeout = 15_000 });

        // The facilitator gives the room one more minute: every surface counts down from the same end time.
        await console.Test("timer-minutes").FillAsync("1");
        await console.Test("start-timer").ClickAsync();
        foreach (var surface in new[] { console, board, phones[0] })
        {
            await Expect(surface.Test("time-left")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(1:00|0:[0-5][0-9]) left$"), Wait);
        }

        // The facilitator closes voting early; phones can no longer change their dots.
        await console.Test("close-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("voting-status")).ToContainTextAsync("closed", new LocatorAssertionsToContainTextOptions { IgnoreCase = true, Timeout = 15_000 });
        }

        await Expect(phones[2].Test("add-dot").First).ToBeDisabledAsync();
        await Expect(board.Test("time-left")).ToBeHiddenAsync();
        await Accessibility.AssertNoViolationsAsync(board, "board with the revealed ranking");
        await Accessibility.AssertNoViolationsAsync(phones[2], "phone after voting closed");
        await Accessibility.AssertNoViolationsAsync(console, "console after voting closed");

        await SaveAsync(board, "board");
        await SaveAsync(phones[0], "phone");
        await SaveAsync(console, "console");

        // Everything the room saw is what is stored.
        var session = await fixture.Server.App.Grains.GetGrain<Sessions.ISessionGrain>(
            new Uri(console.Page.Url).AbsolutePath.Split('/').Last()).GetView().WaitAsync(TimeSpan.FromSeconds(10));
        var stored = await fixture.Server.App.Grains.GetGrain<ICulturePrioritiesGrain>(session.CurrentActivityId!).GetVoteView().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([5, 1, 2, 1], stored.Tally!.Select(t => t.Dots));
        Assert.Equal(ActivityStatus.Closed, stored.Stage.Status);
        Assert.Equal(3, session.JoinedCount);
        foreach (var surface in phones.Append(board).Append(console))
        {
            Assert.Empty(surface.Errors);
        }

        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    private static ILocator DotCount(Surface phone, int statement) =>
        phone.Test("statement").Nth(statement).Locator("[data-test=\"dot-count\"]");

    private static async Task AddDotsAsync(Surface phone, int statement, int dots)
    {
        var count = DotCount(phone, statement);
        for (var i = 0; i < dots; i++)
        {
            var before = int.Parse(await count.InnerTextAsync());
            await phone.Test("statement").Nth(statement).Locator("[data-test=\"add-dot\"]").ClickAsync();
            await Expect(count).ToHaveTextAsync($"{before + 1}", Wait);
        }
    }

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
}
