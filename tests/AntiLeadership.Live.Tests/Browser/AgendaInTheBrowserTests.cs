using System.Text.RegularExpressions;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// The facilitator's flow through an agenda as a room lives it: a step timer that pauses and gains a
/// minute on every screen, the next step and an undo of it, a phone looking back at an earlier step
/// and brought back when the facilitator moves, and a removal (asked first, since people took part)
/// that undo takes back with every dot kept.
/// </summary>
public sealed class AgendaInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_facilitator_times_moves_on_undoes_and_removes_while_phones_follow_and_look_back()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var room = await RoomSurfaces.OpenAsync(fixture.Browser, phones: 3);
        var (console, board, phones) = (room.Console, room.Board, room.Phones);

        var (joinCode, _) = await StatementVotePages.StartWorkshopAsync(console, baseUrl, "Day one");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());
        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < phones.Count; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
        }

        await AddVoteAsync(console, "What we value");
        await AddVoteAsync(console, "What we change first");
        await Expect(console.Test("agenda-item")).ToHaveCountAsync(2);
        await console.Test("open-voting").ClickAsync();
        await Expect(phones[0].Test("add-dot").First).ToBeEnabledAsync();
        await ParticipantPage.AddDotAsync(phones[0], 0);
        await Expect(console.Test("voter-count")).ToHaveTextAsync("1", Wait);

        // A two-minute timer counts down on every screen, pauses for everyone, and gains a minute while paused.
        await console.Test("timer-minutes").FillAsync("2");
        await console.Test("start-timer").ClickAsync();
        foreach (var surface in new[] { console, board, phones[1] })
        {
            await Expect(surface.Test("time-left")).ToHaveTextAsync(new Regex("^(2:00|1:[0-5][0-9]) left$"), Wait);
        }

        await console.Test("pause-timer").ClickAsync();
        await Expect(board.Test("time-left")).ToHaveTextAsync(new Regex("^Paused · (2:00|1:[0-5][0-9]) left$"), Wait);
        await console.Test("add-minute").ClickAsync();
        foreach (var surface in new[] { console, board, phones[1] })
        {
            await Expect(surface.Test("time-left")).ToHaveTextAsync(new Regex("^Paused · (3:00|2:[0-5][0-9]) left$"), Wait);
        }

        await Accessibility.AssertNoViolationsAsync(board, "board with a paused timer");
        await console.Test("resume-timer").ClickAsync();
        await Expect(board.Test("time-left")).ToHaveTextAsync(new Regex("^(3:00|2:[0-5][0-9]) left$"), Wait);
        await Expect(console.Test("undo")).ToHaveTextAsync("Undo: resume the timer", Wait);
        await Accessibility.AssertNoViolationsAsync(console, "console with the agenda's tools and a running timer");
        await SaveAsync(console, "agenda-console");

        // The facilitator moves to the next step: every phone follows; one looks back at the first, read-only.
        await console.Test("show-activity").Nth(1).ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Page.Locator("#activity-title")).ToHaveTextAsync("What we change first", Wait);
        }

        await Expect(board.Test("activity-title")).ToHaveTextAsync("What we change first", Wait);
        await phones[0].Page.Locator("#earlier summary").ClickAsync();
        await phones[0].Test("look-back").First.ClickAsync();
        var lookingBack = phones[0].Test("look-back-view");
        await Expect(lookingBack.Locator("#look-back-title")).ToHaveTextAsync("What we value", Wait);
        await Expect(lookingBack.Locator("[data-test=\"dot-count\"]").First).ToHaveTextAsync("1", Wait);
        await Expect(lookingBack.Locator("[data-test=\"add-dot\"]").First).ToBeDisabledAsync();
        await Expect(phones[0].Page.Locator("#activity")).ToBeHiddenAsync();
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone looking back at an earlier step");
        await SaveAsync(phones[0], "agenda-phone-looking-back");

        // Undo takes the step back: the first vote is on every screen again, and the phone looking back is brought back to the room.
        await Expect(console.Test("undo")).ToHaveTextAsync("Undo: show “What we change first”", Wait);
        await console.Test("undo").ClickAsync();
        await Expect(board.Test("activity-title")).ToHaveTextAsync("What we value", Wait);
        await Expect(lookingBack).ToBeHiddenAsync(new() { Timeout = 15_000 });
        await Expect(phones[0].Test("look-back-news")).ToHaveTextAsync("The facilitator moved on: you are back with the room.", Wait);
        await Expect(phones[0].Page.Locator("#activity-title")).ToHaveTextAsync("What we value", Wait);
        await Expect(ParticipantPage.DotCount(phones[0], 0)).ToHaveTextAsync("1", Wait);
        await Expect(phones[0].Test("add-dot").First).ToBeEnabledAsync();
        await Expect(console.Test("redo")).ToHaveTextAsync("Redo: show “What we change first”", Wait);

        // Removing the vote people took part in asks first; undo puts it back with its dot.
        string? asked = null;
        console.Page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };
        await console.Test("agenda-item").First.Locator("[data-test=\"remove\"]").ClickAsync();
        await Expect(console.Test("agenda-item")).ToHaveCountAsync(1);
        Assert.Contains("1 person has taken part", asked);
        await Expect(board.Test("activity-title")).ToHaveTextAsync("What we change first", Wait);
        await console.Test("undo").ClickAsync();
        await Expect(console.Test("agenda-item")).ToHaveCountAsync(2);
        await Expect(board.Test("activity-title")).ToHaveTextAsync("What we value", Wait);
        await Expect(ParticipantPage.DotCount(phones[0], 0)).ToHaveTextAsync("1", Wait);
        await Expect(console.Test("voter-count")).ToHaveTextAsync("1", Wait);

        // Reordering moves the second item first.
        await console.Test("agenda-item").Nth(1).Locator("[data-test=\"move-up\"]").ClickAsync();
        await Expect(console.Page.Locator("[data-test=agenda-item] .agenda-title")).ToHaveTextAsync(["1. What we change first", "2. What we value"], new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
        await SaveAsync(board, "agenda-board");

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
