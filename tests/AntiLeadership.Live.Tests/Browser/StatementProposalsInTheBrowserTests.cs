using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static AntiLeadership.Live.Tests.Browser.StatementVotePages;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// What every vote on statements shares, in the browser, on the dot vote: phones propose statements,
/// the console accepts one as edited, merges one and declines one, every phone votes on the new one and
/// each author reads what became of theirs; once results are out the console steps the board through
/// "Where we disagree", down to a split statement shown large with its distribution. Anonymous: a step
/// of fewer than three answers never shows its number. Proposed text is hostile and stays text.
/// </summary>
public sealed class StatementProposalsInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Proposed = "<img src=x onerror=alert(1)>We pair on hard problems";
    private const string Edited = "<b id=injected>We pair</b> on hard problems";
    private const string Declined = "We never meet on Fridays";
    private const string Repeated = "Mistakes are how we learn";

    // What none of the texts may become, and that no page has of its own.
    private const string Injected = "img[src='x'], #injected";

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = 15_000 };

    [Fact]
    public async Task Phones_propose_the_console_edits_merges_and_declines_and_then_steps_the_board_through_where_the_room_disagrees()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        await using var ana = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await using var ben = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await using var chloe = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        Surface[] phones = [ana, ben, chloe];
        Surface[] everyone = [console, board, ana, ben, chloe];
        var dialogs = WatchDialogs(everyone);

        // The facilitator starts a workshop, opens the board, and three people join.
        var (joinCode, sessionId) = await StartWorkshopAsync(console, baseUrl, "Day one");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());
        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < phones.Length; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
        }

        // An anonymous dot vote with hidden results, open to proposals from the setup form.
        await console.Test("statements-input").FillAsync("We say what we really think\nMistakes are for learning\nEveryone can lead");
        await console.Test("dots-per-participant-input").FillAsync("3");
        await console.Test("max-dots-per-statement-input").FillAsync("2");
        await Expect(console.Test("hide-results-input")).ToBeCheckedAsync();
        await Expect(console.Test("activity-anonymous")).ToBeCheckedAsync();
        await Expect(console.Test("allow-proposals-input")).Not.ToBeCheckedAsync();
        await console.Test("allow-proposals-input").CheckAsync();
        await Accessibility.AssertNoViolationsAsync(console, "console's setup form with the proposals field");
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("allow-proposals-toggle")).ToBeCheckedAsync();
        await console.Test("open-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("statement")).ToHaveCountAsync(3);
            await Expect(phone.Test("propose-form")).ToBeVisibleAsync();
        }

        await Accessibility.AssertNoViolationsAsync(ana, "phone with the proposal form");

        // Ana proposes; her phone says it waits; the console sees the words as typed, and no author (anonymous).
        await ProposeAsync(ana, Proposed);
        await Expect(ana.Test("own-proposal-text")).ToHaveTextAsync([Proposed], Wait);
        await Expect(ana.Test("own-proposal-status")).ToHaveTextAsync(["Waiting for the facilitator"], Wait);
        await Expect(ana.Test("propose-input")).ToHaveValueAsync("");
        await Expect(console.Test("proposal-text")).ToHaveTextAsync([Proposed], Wait);
        await Expect(console.Test("proposal-author")).ToBeHiddenAsync();
        await Expect(console.Test("proposals-count")).ToHaveTextAsync("1 proposal waiting for you.", Wait);

        // Ben adds a dot and proposes at once: the proposal goes beside the ballot, which it never replaces.
        await ben.Test("statement").Nth(0).Locator("[data-test=\"add-dot\"]").ClickAsync();
        await ben.Test("propose-input").FillAsync(Declined);
        await ben.Test("propose-submit").ClickAsync();
        await Expect(ben.Test("own-proposal-status")).ToHaveTextAsync(["Waiting for the facilitator"], Wait);
        await Expect(ben.Page.Locator("#save-status")).ToHaveTextAsync("Saved", Wait);
        await ben.Page.ReloadAsync();
        await Expect(ParticipantPage.DotCount(ben, 0)).ToHaveTextAsync("1", Wait);
        await Expect(ben.Test("own-proposal-text")).ToHaveTextAsync([Declined], Wait);

        // Chloé proposes what is on the ballot already, in other words.
        await ProposeAsync(chloe, Repeated);
        await Expect(console.Test("proposal")).ToHaveCountAsync(3, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await Accessibility.AssertNoViolationsAsync(console, "console with three proposals waiting");
        await SaveAsync(console, "statements-console-proposals");

        // The console edits Ana's and accepts it, merges Chloé's into its statement, declines Ben's.
        var anas = Proposal(console, Proposed);
        await anas.Locator("[data-test=\"proposal-edit\"]").FillAsync(Edited);
        await anas.Locator("[data-test=\"accept-edited-proposal\"]").ClickAsync();
        var chloes = Proposal(console, Repeated);
        await chloes.Locator("[data-test=\"proposal-merge-into\"]").SelectOptionAsync(new SelectOptionValue { Label = "Mistakes are for learning" });
        await chloes.Locator("[data-test=\"merge-proposal\"]").ClickAsync();
        await Proposal(console, Declined).Locator("[data-test=\"decline-proposal\"]").ClickAsync();
        await Expect(console.Test("proposal")).ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await Expect(console.Test("proposals-count")).ToHaveTextAsync("No proposals waiting.", Wait);

        // Every phone and the board get the new statement as edited; each author is told in words.
        string[] ballot = ["We say what we really think", "Mistakes are for learning", "Everyone can lead", Edited];
        foreach (var phone in phones)
        {
            await Expect(phone.Test("statement-text")).ToHaveTextAsync(ballot, Wait);
        }

        await Expect(board.Test("board-statement")).ToHaveTextAsync(ballot, Wait);
        await Expect(ana.Test("own-proposal-status")).ToHaveTextAsync([$"On the ballot as: {Edited}"], Wait);
        await Expect(chloe.Test("own-proposal-status")).ToHaveTextAsync(["Merged with: Mistakes are for learning"], Wait);
        await Expect(ben.Test("own-proposal-status")).ToHaveTextAsync(["Not taken up this time"], Wait);
        await Accessibility.AssertNoViolationsAsync(ben, "phone told its proposal was not taken up");
        await SaveAsync(ana, "statements-phone-accepted");

        // Before the reveal "Where we disagree" is unavailable, and says why.
        await Expect(console.Test("show-disagreement")).ToBeDisabledAsync();
        await Expect(console.Test("next-statement")).ToBeDisabledAsync();
        await Expect(console.Test("disagreement-unavailable")).ToHaveTextAsync("Reveal the results first: where the room disagrees is a result too.", Wait);
        await Expect(console.Test("disagreement-on-board")).ToHaveTextAsync("On the board: the statements, without results.", Wait);
        await Accessibility.AssertNoViolationsAsync(console, "console before the reveal");
        await Accessibility.AssertNoViolationsAsync(board, "board with hidden results and a proposed statement");

        // Ana and Ben vote (two on the new statement each, one on the first): two answers so far.
        await ParticipantPage.AddDotAsync(ana, 0);
        await ParticipantPage.AddDotAsync(ana, 3);
        await ParticipantPage.AddDotAsync(ana, 3);
        await ParticipantPage.AddDotAsync(ben, 3);
        await ParticipantPage.AddDotAsync(ben, 3);
        await Expect(console.Test("voter-count")).ToHaveTextAsync("2", Wait);

        // Results out: the board shows where the room disagrees, then one statement with its two answers:
        // fewer than three, so no number.
        await console.Test("reveal-results").ClickAsync();
        await console.Test("show-disagreement").ClickAsync();
        await Expect(board.Test("disagreement-row")).ToHaveCountAsync(4, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await Expect(console.Test("disagreement-on-board")).ToHaveTextAsync("On the board: where we disagree, most divided first.", Wait);
        await console.Test("next-statement").ClickAsync();
        await Expect(board.Test("focus-place")).ToHaveTextAsync("Where we disagree · 1 of 4", Wait);
        await Expect(board.Test("focus-step-count")).ToHaveTextAsync(["fewer than 3"], Wait);
        await Expect(board.Test("focus-distribution")).Not.ToContainTextAsync("2 people");
        await Expect(board.Test("focus-words")).ToHaveTextAsync("Too few answers to tell · fewer than 3 answered", Wait);
        await Accessibility.AssertNoViolationsAsync(board, "board showing one statement of two answers");
        await SaveAsync(board, "statements-board-fewer-than-three");

        // Chloé votes on the new statement too, and five more people through the hub: the room splits
        // on the new statement (four give it two dots, three none).
        await ParticipantPage.AddDotAsync(chloe, 3);
        await ParticipantPage.AddDotAsync(chloe, 0);
        await ParticipantPage.AddDotAsync(chloe, 0);
        await VoteThroughTheHubAsync(sessionId, joinCode, [
            ("Dana", [("s4", 2), ("s1", 1)]),
            ("Emil", [("s4", 2), ("s2", 1)]),
            ("Fay", [("s1", 2), ("s3", 1)]),
            ("Gus", [("s1", 2), ("s2", 1)]),
            ("Hana", [("s3", 2), ("s2", 1)]),
        ]);
        await Expect(console.Test("voter-count")).ToHaveTextAsync("8", Wait);

        // The console puts the list back up: the new statement is the most divided, marked as a split.
        await console.Test("show-disagreement").ClickAsync();
        await Expect(board.Test("disagreement-text")).ToHaveTextAsync([Edited, "We say what we really think", "Everyone can lead", "Mistakes are for learning"], Wait);
        await Expect(board.Test("disagreement-words").First).ToHaveTextAsync("Far apart · Split: two camps", Wait);
        await Expect(board.Page.Locator("[data-test=\"disagreement-row\"][data-split=\"true\"]")).ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(board, "board listing where the room disagrees");
        await SaveAsync(board, "statements-board-disagreement");

        // Stepping: next, next, previous lands on the split statement, large, with its distribution.
        await console.Test("next-statement").ClickAsync();
        await Expect(board.Test("focus-place")).ToHaveTextAsync("Where we disagree · 1 of 4", Wait);
        await console.Test("next-statement").ClickAsync();
        await Expect(board.Test("focus-statement")).ToHaveTextAsync("We say what we really think", Wait);
        await console.Test("previous-statement").ClickAsync();
        await Expect(board.Test("focus-statement")).ToHaveTextAsync(Edited, Wait);
        await Expect(board.Test("focus-split")).ToHaveTextAsync("Split: two camps", Wait);
        await Expect(board.Test("focus-words")).ToHaveTextAsync("Far apart · 8 people answered", Wait);
        // Anonymous: the one person who gave it one dot is banded with those who gave two.
        await Expect(board.Test("focus-step-label")).ToHaveTextAsync(["0 dots", "1 dot – 2 dots"], Wait);
        await Expect(board.Test("focus-step-count")).ToHaveTextAsync(["3 people", "5 people"], Wait);
        await Expect(console.Test("disagreement-on-board")).ToHaveTextAsync($"On the board: statement 1 of 4, “{Edited}” (Far apart · Split: two camps).", Wait);
        await Expect(console.Test("previous-statement")).ToBeDisabledAsync();
        await Expect(console.Test("disagreement-order-row").First).ToHaveTextAsync($"{Edited} — Far apart · Split: two camps · on the board", Wait);
        await Expect(console.Test("disagreement-order-row").First).ToHaveAttributeAsync("aria-current", "true");
        await RoomDisplay.AssertNoScrollbarsAsync(board, "board showing a split statement");
        await RoomDisplay.AssertLegibleAsync(board, "board showing a split statement", 12);
        await Accessibility.AssertNoViolationsAsync(board, "board showing a split statement");
        await Accessibility.AssertNoViolationsAsync(console, "console stepping through where the room disagrees");
        await Accessibility.AssertNoViolationsAsync(chloe, "phone after the reveal");
        await SaveAsync(board, "statements-board-split");
        await SaveAsync(console, "statements-console-disagreement");

        // Back to the results: the dot vote's own ranking.
        await console.Test("show-results").ClickAsync();
        await Expect(board.Test("ranking-row")).ToHaveCountAsync(4, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await Expect(board.Test("disagreement-list")).ToBeHiddenAsync();
        await Expect(board.Test("focus-statement")).ToBeHiddenAsync();
        await Expect(console.Test("disagreement-on-board")).ToHaveTextAsync("On the board: the results.", Wait);

        // Proposals closed from the console: the phones' form goes, their own proposals stay.
        await console.Test("allow-proposals-toggle").UncheckAsync();
        await Expect(ana.Test("propose-form")).ToBeHiddenAsync(new() { Timeout = 15_000 });
        await Expect(ana.Test("own-proposal-status")).ToHaveTextAsync([$"On the ballot as: {Edited}"], Wait);

        // Hostile words stayed words everywhere; nothing ran.
        foreach (var surface in everyone)
        {
            await Expect(surface.Page.Locator(Injected)).ToHaveCountAsync(0);
            Assert.Empty(surface.Errors);
        }

        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task In_a_named_vote_the_console_says_who_proposed_and_the_phone_says_so_before_proposing()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var phone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        var (joinCode, _) = await StartWorkshopAsync(console, baseUrl, "Day two");
        await ParticipantPage.JoinAsync(phone, $"{baseUrl}/join/{joinCode}", "Ana <i>A</i>");

        await console.Test("statements-input").FillAsync("We say what we really think\nMistakes are for learning");
        await console.Test("activity-anonymous").UncheckAsync();
        await console.Test("add-activity").ClickAsync();
        await console.Test("open-voting").ClickAsync();
        // Proposals were not ticked in the setup: the phone has no form until the console allows them.
        await Expect(phone.Test("statement")).ToHaveCountAsync(2, new LocatorAssertionsToHaveCountOptions { Timeout = 15_000 });
        await Expect(phone.Test("propose-form")).ToBeHiddenAsync();
        await console.Test("allow-proposals-toggle").CheckAsync();
        await Expect(phone.Test("propose-form")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(phone.Test("privacy-note")).ToContainTextAsync("Not anonymous", Contains);

        await ProposeAsync(phone, "We finish what we start");

        await Expect(console.Test("proposal-author")).ToHaveTextAsync("Proposed by Ana <i>A</i>", Wait);
        await Accessibility.AssertNoViolationsAsync(console, "console with a named proposal");
        Assert.Empty(console.Errors);
        Assert.Empty(phone.Errors);
    }

    /// <summary>More of the room, voting from phones this test does not draw: joined and voting through the hub as a phone would.</summary>
    private async Task VoteThroughTheHubAsync(string sessionId, string joinCode, (string Name, (string Statement, int Dots)[] Dots)[] voters)
    {
        var app = fixture.Server.App;
        var activityId = (await app.Grains.GetGrain<Sessions.ISessionGrain>(sessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).CurrentActivityId!;
        foreach (var (name, dots) in voters)
        {
            var joined = await Workshop.JoinAsync(fixture.Server.Http, joinCode, name);
            await using var connection = WorkshopHubConnection.Build(app.BaseAddress, joined.SessionId, joined.Credential);
            await connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
            var answer = await connection.InvokeCoreAsync<System.Text.Json.JsonElement>(
                "Submit", [activityId, Guid.NewGuid().ToString(), new { dots = dots.ToDictionary(d => d.Statement, d => d.Dots) }]).WaitAsync(Eventually.DefaultTimeout);
            Assert.True(answer.GetProperty("accepted").GetBoolean(), answer.GetRawText());
        }
    }

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
}
