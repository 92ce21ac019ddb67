using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CheckIns;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// An opening (one word) and a closing (1–5, anonymous) check-in as a room runs them: a facilitator,
/// three phones and the board in real headless Chromium against the real server, with a phone reloaded
/// mid-activity, hostile text as the question and as a word, and the facilitator hiding that word.
/// </summary>
public sealed class CheckInInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Hostile = "<img src=x onerror=alert(1)>";

    // The question is typed by a facilitator, so it is hostile text too.
    private const string Prompt = "One word for how you <b>arrive</b>";

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_facilitator_three_phones_and_the_board_run_an_opening_and_a_closing_check_in_and_a_hidden_word_leaves_every_screen()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        var phones = new List<Surface>();
        for (var i = 0; i < 3; i++)
        {
            phones.Add(await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true));
        }

        await StartPage.StartWorkshopAsync(console, baseUrl, "Blue team", "Day one");
        await Expect(console.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), Wait);
        var joinCode = (await console.Test("join-code").InnerTextAsync()).Trim().Replace(" ", "");
        var boardUrl = await console.Test("board-link").GetAttributeAsync("href");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), boardUrl).ToString());

        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < phones.Count; i++)
        {
            await phones[i].Page.GotoAsync($"{baseUrl}/join/{joinCode}");
            await phones[i].Test("name-input").FillAsync(names[i]);
            await phones[i].Test("name-submit").ClickAsync();
            await Expect(phones[i].Test("my-name")).ToHaveTextAsync(names[i], Wait);
        }

        // The facilitator adds a named one-word check-in with its own title and question, answers hidden
        // until revealed, and opens it.
        await console.Test("kind-select").SelectOptionAsync(CheckInKind.Name);
        await Expect(console.Test("check-in-prompt-input")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(console, "console with the check-in's setup fields");
        await console.Test("activity-title-input").FillAsync("Opening check-in");
        await console.Test("check-in-mode-word").CheckAsync();
        await console.Test("check-in-prompt-input").FillAsync(Prompt);
        await console.Test("activity-anonymous").UncheckAsync();
        await console.Test("hide-results-input").CheckAsync();
        await console.Test("add-activity").ClickAsync();
        await Expect(board.Test("check-in-prompt")).ToHaveTextAsync(Prompt, Wait);
        Assert.Equal(0, await board.Test("check-in-prompt").Locator("b").CountAsync());
        await Accessibility.AssertNoViolationsAsync(board, "board before the check-in opens");
        await console.Test("open-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("check-in-prompt")).ToHaveTextAsync(Prompt, Wait);
            await Expect(phone.Test("check-in-word-input")).ToBeEnabledAsync();
        }

        await Accessibility.AssertNoViolationsAsync(phones[0], "phone before answering");
        await AnswerAsync(phones[0], "Tired");
        await AnswerAsync(phones[1], " tired ");
        await AnswerAsync(phones[2], Hostile);

        // Ben reloads mid-activity and still sees his own answer, with no new name asked.
        await phones[1].Page.ReloadAsync();
        await Expect(phones[1].Test("my-name")).ToHaveTextAsync("Ben", Wait);
        await Expect(phones[1].Test("check-in-own")).ToHaveTextAsync("Your answer: “tired”", Wait);
        Assert.Equal(0, await phones[1].Test("check-in-prompt").Locator("b").CountAsync());
        await AnswerAsync(phones[1], "tired");

        // While results are hidden the board shows the question and how many have answered, no words.
        await Expect(board.Test("voted-count")).ToHaveTextAsync("3", Wait);
        await Expect(board.Test("check-in-waiting")).ToHaveTextAsync("Answers stay hidden until the facilitator reveals them.", Wait);
        await Expect(board.Test("check-in-cloud-word")).ToHaveCountAsync(0);
        await Expect(board.Test("check-in-word")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(board, "board while answers are hidden");
        await console.Test("reveal-results").ClickAsync();

        // The board's cloud grows: one word of two people, the hostile one shown as text.
        await Expect(board.Test("check-in-word")).ToHaveTextAsync(["Tired: 2 people", $"{Hostile}: 1 person"], new() { Timeout = 15_000 });
        await Expect(board.Test("check-in-cloud-word")).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await Expect(board.Test("check-in-cloud-word").Filter(new() { HasText = Hostile })).ToHaveCountAsync(1);
        Assert.Equal(0, await board.Page.Locator("img[src=x]").CountAsync());
        await Accessibility.AssertNoViolationsAsync(board, "board with the word cloud");
        await Accessibility.AssertNoViolationsAsync(phones[2], "phone after answering");

        // The facilitator hides the hostile word: it leaves the board, and only its author is told.
        var row = console.Test("check-in-console-word").Filter(new() { HasText = Hostile });
        await Expect(row).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Accessibility.AssertNoViolationsAsync(console, "console with the words");
        await row.Locator("[data-test=\"check-in-toggle-word\"]").ClickAsync();
        await Expect(board.Test("check-in-word")).ToHaveTextAsync(["Tired: 2 people"], new() { Timeout = 15_000 });
        await Expect(board.Test("check-in-cloud-word")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(phones[2].Test("check-in-word-hidden")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(phones[0].Test("check-in-word-hidden")).ToBeHiddenAsync();
        await Expect(row.Locator("[data-test=\"check-in-toggle-word\"]")).ToHaveTextAsync("Show again", Wait);
        await Accessibility.AssertNoViolationsAsync(phones[2], "phone told its word is hidden");

        // Closing: phones can no longer answer.
        await console.Test("close-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("check-in-state")).ToHaveTextAsync("Your answer is kept as it is: it can no longer change.", Wait);
        }

        await Accessibility.AssertNoViolationsAsync(board, "board after the check-in closed");
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone after the check-in closed");
        await Accessibility.AssertNoViolationsAsync(console, "console after the check-in closed");

        var session = await fixture.Server.App.Grains.GetGrain<Sessions.ISessionGrain>(
            new Uri(console.Page.Url).AbsolutePath.Split('/').Last()).GetView().WaitAsync(TimeSpan.FromSeconds(10));
        var stored = (CheckInView)await fixture.Server.App.Grains.GetGrain<ICheckInGrain>(session.CurrentActivityId!).GetView().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(ActivityStatus.Closed, stored.Stage.Status);
        Assert.Equal([("Tired", 2, false), (Hostile, 1, true)], stored.Words!.Select(w => (w.Word, w.People!.Value, w.Hidden)));
        // A closing check-in in the same session: anonymous, on a 1–5 scale, told apart by its title and question.
        // The form no longer offers the first one's own title.
        await Expect(console.Test("activity-title-input")).ToHaveValueAsync("Check-in");
        await console.Test("kind-select").SelectOptionAsync(CheckInKind.Name);
        await console.Test("activity-title-input").FillAsync("Closing check-in");
        await console.Test("check-in-mode-scale").CheckAsync();
        await console.Test("check-in-prompt-input").FillAsync("How useful was today, 1 to 5?");
        await console.Test("activity-anonymous").CheckAsync();
        await console.Test("hide-results-input").UncheckAsync();
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("show-activity")).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await console.Test("show-activity").Nth(1).ClickAsync();
        await Expect(board.Test("activity-title")).ToHaveTextAsync("Closing check-in", Wait);
        await Expect(board.Test("check-in-prompt")).ToHaveTextAsync("How useful was today, 1 to 5?", Wait);
        await console.Test("open-voting").ClickAsync();
        await Expect(phones[0].Test("check-in-scale-4")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone on a scale check-in");
        foreach (var phone in phones.Take(2))
        {
            await phone.Test("check-in-scale-4").ClickAsync();
            await Expect(phone.Test("check-in-own")).ToHaveTextAsync("Your answer: 4", Wait);
            await Expect(phone.Test("check-in-scale-4")).ToHaveAttributeAsync("aria-pressed", "true");
        }

        await phones[2].Test("check-in-word-input").FillAsync("drained");
        await phones[2].Test("check-in-scale-1").ClickAsync();
        await Expect(phones[2].Test("check-in-own")).ToHaveTextAsync("Your answer: 1 and “drained”", Wait);

        // One person answered 1: the board never shows a group of one, not even beside the total.
        await Expect(board.Test("check-in-scale-row")).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await Expect(board.Test("check-in-scale-count")).ToHaveTextAsync(["3 people", "0 people"], new() { Timeout = 15_000 });
        await Expect(board.Test("check-in-word")).ToHaveTextAsync(["drained: fewer than 3"], new() { Timeout = 15_000 });
        await Accessibility.AssertNoViolationsAsync(board, "board with a scale check-in");
        await Accessibility.AssertNoViolationsAsync(console, "console with a scale check-in");
        await Accessibility.AssertNoViolationsAsync(phones[2], "phone after answering a scale check-in");

        foreach (var surface in phones.Append(board).Append(console))
        {
            Assert.Empty(surface.Errors);
        }

        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    private static async Task AnswerAsync(Surface phone, string word)
    {
        await phone.Test("check-in-word-input").FillAsync(word);
        await phone.Test("check-in-send").ClickAsync();
        await Expect(phone.Test("check-in-own")).ToHaveTextAsync($"Your answer: “{word.Trim()}”", Wait);
    }
}
