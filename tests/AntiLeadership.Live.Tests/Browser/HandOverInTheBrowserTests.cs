using System.Text.RegularExpressions;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Leadership handed round as a room lives it: the facilitator hands one activity to a participant,
/// whose phone becomes its console (open, close, reveal) while the board says who is facilitating; the
/// facilitator takes the role back, the phone is a phone again, and the console's rota keeps the turn.
/// Then another participant is handed the rest of the session and steers the agenda from her phone.
/// </summary>
public sealed class HandOverInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_participant_handed_one_activity_runs_it_from_their_phone_until_the_facilitator_takes_the_role_back()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var room = await RoomSurfaces.OpenAsync(fixture.Browser, phones: 2);
        var (console, board, sam, ana) = (room.Console, room.Board, room.Phones[0], room.Phones[1]);

        var (joinCode, _) = await StatementVotePages.StartWorkshopAsync(console, baseUrl, "Day one");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());
        await ParticipantPage.JoinAsync(sam, $"{baseUrl}/join/{joinCode}", "Sam");
        await ParticipantPage.JoinAsync(ana, $"{baseUrl}/join/{joinCode}", "Ana");
        await AddVoteAsync(console, "What we value");
        await AddVoteAsync(console, "What we change first");

        // The facilitator hands the vote on the board to Sam.
        await Expect(console.Test("hand-over-person").Locator("option", new() { HasText = "Sam" })).ToHaveCountAsync(1);
        await console.Test("hand-over-person").SelectOptionAsync(new SelectOptionValue { Label = "Sam" });
        await console.Test("hand-over-scope").SelectOptionAsync(new SelectOptionValue { Label = "“What we value” (on the board now)" });
        await console.Test("hand-over").ClickAsync();
        await Expect(console.Test("facilitating-now")).ToHaveTextAsync("Facilitating now: Sam, for “What we value”, from their phone.", Wait);
        await Expect(board.Test("facilitating")).ToHaveTextAsync("Facilitating: Sam", Wait);
        await Expect(ana.Test("facilitating")).ToHaveTextAsync("Facilitating: Sam", Wait);

        // Sam's phone is the vote's console: Sam opens it, Ana votes, Sam closes it and reveals the results.
        var phoneConsole = sam.Test("phone-console");
        await Expect(phoneConsole.Locator("[data-test=phone-console-heading]")).ToHaveTextAsync("You are facilitating “What we value”", Wait);
        await Expect(ana.Test("phone-console")).ToBeHiddenAsync();
        await Expect(phoneConsole.Locator("#current-title")).ToHaveTextAsync("What we value", Wait);
        await phoneConsole.Locator("[data-test=open-voting]").ClickAsync();
        await Expect(board.Test("voting-status")).ToHaveAttributeAsync("data-status", "open", new() { Timeout = 15_000 });
        await ParticipantPage.AddDotAsync(ana, 0);
        await Expect(phoneConsole.Locator("[data-test=voter-count]")).ToHaveTextAsync("1", Wait);
        await Accessibility.AssertNoViolationsAsync(sam, "a phone that is the console of the activity handed to it");
        await SaveAsync(sam, "handover-phone-console");

        await phoneConsole.Locator("[data-test=close-voting]").ClickAsync();
        await Expect(board.Test("voting-status")).ToHaveAttributeAsync("data-status", "closed", new() { Timeout = 15_000 });
        await phoneConsole.Locator("[data-test=reveal-results]").ClickAsync();
        await Expect(board.Test("ranking-row").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(phoneConsole.Locator("[data-test=move-on]")).ToHaveTextAsync("Show “What we change first” next", Wait);
        await Expect(phoneConsole.Locator("[data-test=move-on]")).ToHaveClassAsync(new Regex("next-step"));
        await Expect(console.Test("undo")).ToHaveTextAsync("Undo: reveal “What we value”", Wait);
        await Accessibility.AssertNoViolationsAsync(board, "board naming the participant facilitating");
        await SaveAsync(board, "handover-board");
        await SaveAsync(console, "handover-console");

        // The facilitator takes the role back: the phone is a phone again, the board names the facilitator.
        await console.Test("take-back").ClickAsync();
        await Expect(phoneConsole).ToBeHiddenAsync(new() { Timeout = 15_000 });
        await Expect(sam.Test("turn-news")).ToHaveTextAsync("Your turn facilitating “What we value” has ended: the facilitators steer again.", Wait);
        await Expect(board.Test("facilitating")).ToHaveTextAsync("Facilitating: Lead facilitator", Wait);
        await Expect(sam.Page.Locator("#activity-title")).ToHaveTextAsync("What we value", Wait);
        await Expect(console.Test("rota-here").Locator("[data-test=rota-entry]")).ToHaveCountAsync(1);
        await Expect(console.Test("rota-here").Locator("[data-test=rota-entry]")).ToContainTextAsync(new Regex("^Sam — “What we value” · .+–.+ · handed by Lead facilitator$"));
        await Accessibility.AssertNoViolationsAsync(console, "console with the Facilitating and Who facilitated cards");
        await SaveAsync(sam, "handover-phone-after");

        // Handed the rest of the session, Ana's phone also steers the agenda: she moves on, undoes it, and hands the role back.
        await console.Test("hand-over-person").SelectOptionAsync(new SelectOptionValue { Label = "Ana" });
        await console.Test("hand-over-scope").SelectOptionAsync(new SelectOptionValue { Label = "The rest of the session (the whole agenda)" });
        await console.Test("hand-over").ClickAsync();
        var anaConsole = ana.Test("phone-console");
        await Expect(anaConsole.Locator("[data-test=phone-console-heading]")).ToHaveTextAsync("You are facilitating the rest of the session", Wait);
        await Expect(board.Test("facilitating")).ToHaveTextAsync("Facilitating: Ana", Wait);
        await anaConsole.Locator("[data-test=agenda-item]").Nth(1).Locator("[data-test=show-activity]").ClickAsync();
        await Expect(board.Test("activity-title")).ToHaveTextAsync("What we change first", Wait);
        await Expect(console.Test("facilitating-now")).ToHaveTextAsync("Facilitating now: Ana, for the rest of the session, from their phone.", Wait);
        await Expect(anaConsole.Locator("[data-test=undo]")).ToHaveTextAsync("Undo: show “What we change first”", Wait);
        await Accessibility.AssertNoViolationsAsync(ana, "a phone that is the console of the rest of the session");
        await SaveAsync(ana, "handover-phone-session");
        await anaConsole.Locator("[data-test=undo]").ClickAsync();
        await Expect(board.Test("activity-title")).ToHaveTextAsync("What we value", Wait);
        await Expect(sam.Test("turn-news")).ToHaveTextAsync("", Wait);
        await ana.Test("hand-back").ClickAsync();
        await Expect(anaConsole).ToBeHiddenAsync(new() { Timeout = 15_000 });
        await Expect(console.Test("rota-here").Locator("[data-test=rota-entry]")).ToHaveCountAsync(2);
        await Expect(console.Test("rota-here").Locator("[data-test=rota-entry]").First).ToContainTextAsync("Ana — the whole session");

        foreach (var surface in room.All)
        {
            Assert.Empty(surface.Errors);
        }
    }

    private static async Task AddVoteAsync(Surface console, string title)
    {
        var before = await console.Test("agenda-item").CountAsync();
        await console.Test("activity-title-input").FillAsync(title);
        await console.Test("statements-input").FillAsync("We say what we really think\nMistakes are for learning\nEveryone can lead");
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("agenda-item")).ToHaveCountAsync(before + 1);
    }

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true }).WaitAsync(Eventually.DefaultTimeout);
}
