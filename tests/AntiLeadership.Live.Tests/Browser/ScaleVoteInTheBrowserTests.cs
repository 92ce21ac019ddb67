using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.ScaleVotes;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Culture priorities on an agreement scale as a room runs it: a facilitator on a laptop, three phones
/// and the board in real headless Chromium against the real server, plus three more people answering
/// through the hub so the room can fall into two camps of three. Hostile text is a statement; one phone
/// answers with the keyboard, one clears an answer and reloads; a proposal accepted mid-vote joins every
/// screen.
/// </summary>
public sealed class ScaleVoteInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Hostile = "<img src=x onerror=alert(1)>";

    private static readonly string[] Statements = ["We say what we really think", "Mistakes are for learning", Hostile, "We decide together"];

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    private static ILocator Statement(Surface phone, int index) => phone.Test("sc-statement").Nth(index);

    private static ILocator Answer(Surface phone, int statement, int answer) =>
        Statement(phone, statement).Locator($"[data-test=\"sc-answer-{answer}\"]");

    [Fact]
    public async Task A_facilitator_three_phones_and_the_board_run_an_agreement_scale_and_a_split_shows_in_words()
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
        var joinCode = (await console.Test("join-code").InnerTextAsync()).Trim().Replace(" ", "").Replace("-", "");
        var sessionId = new Uri(console.Page.Url).AbsolutePath.Split('/').Last();
        var facilitatorKey = Uri.UnescapeDataString(new Uri(console.Page.Url).Fragment.Split("key=")[1]);
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());

        string[] names = ["Ana", "Ben", "Chloé <b>C</b>"];
        for (var i = 0; i < phones.Count; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
        }

        // The facilitator adds the vote, anonymous, results hidden until revealed, with hostile text as a statement.
        await console.Test("kind-select").SelectOptionAsync(ScaleVoteKind.Name);
        await Expect(console.Test("activity-title-input")).ToHaveValueAsync("Culture priorities");
        await Accessibility.AssertNoViolationsAsync(console, "console with the agreement scale's setup fields");
        await console.Test("statements-input").FillAsync(string.Join("\n", Statements));
        await console.Test("activity-anonymous").CheckAsync();
        await console.Test("hide-results-input").CheckAsync();
        await console.Test("add-activity").ClickAsync();
        await Expect(board.Test("board-statement")).ToHaveTextAsync(Statements, Wait);
        var activityId = (await fixture.Server.App.Grains.GetGrain<Sessions.ISessionGrain>(sessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).CurrentActivityId!;
        var vote = fixture.Server.App.Grains.GetGrain<IScaleVoteGrain>(activityId);
        Assert.Equal(0, await board.Page.Locator("img[src=x]").CountAsync());
        await Accessibility.AssertNoViolationsAsync(board, "board before voting opens");

        await console.Test("open-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("sc-statement-text")).ToHaveTextAsync(Statements, Wait);
            await Expect(Answer(phone, 0, 1)).ToBeEnabledAsync();
        }

        Assert.Equal(0, await phones[0].Page.Locator("img[src=x]").CountAsync());
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone before answering");

        // Ana: strongly disagree, then "agree" moved to "strongly agree" with the arrow key, skips the
        // hostile statement, disagrees with the last.
        await Answer(phones[0], 0, 1).CheckAsync();
        await Answer(phones[0], 1, 4).CheckAsync();
        await Answer(phones[0], 1, 4).PressAsync("ArrowRight");
        await Expect(Answer(phones[0], 1, 5)).ToBeCheckedAsync();
        await Expect(Answer(phones[0], 1, 5)).ToBeFocusedAsync();
        await Answer(phones[0], 3, 2).CheckAsync();
        await Expect(phones[0].Test("sc-progress")).ToHaveTextAsync("3 of 4 answered. Skip any you would rather not answer.", Wait);

        // Ben answers, clears one answer, reloads mid-vote and keeps his answers.
        await Answer(phones[1], 0, 5).CheckAsync();
        await Answer(phones[1], 1, 4).CheckAsync();
        await Answer(phones[1], 2, 3).CheckAsync();
        await Statement(phones[1], 2).Locator("[data-test=\"sc-clear\"]").ClickAsync();
        await Expect(Answer(phones[1], 2, 3)).Not.ToBeCheckedAsync();
        await Expect(Answer(phones[1], 2, 1)).ToBeFocusedAsync();
        await Expect(phones[1].Test("sc-progress")).ToHaveTextAsync("2 of 4 answered. Skip any you would rather not answer.", Wait);
        // Reloaded once the server holds the cleared answer, as after any reload the phone shows what is stored.
        await Eventually.ReturnsAsync(async () => (ScaleVoteView)await vote.GetView(), v => v.Agreement![0].People == 2 && v.Agreement[1].People == 2 && v.Results![2].Answered == 0, "Ben's cleared answer to be stored");
        await phones[1].Page.ReloadAsync();
        await Expect(phones[1].Test("my-name")).ToHaveTextAsync("Ben", Wait);
        await Expect(Answer(phones[1], 0, 5)).ToBeCheckedAsync();
        await Expect(Answer(phones[1], 1, 4)).ToBeCheckedAsync();
        await Expect(Statement(phones[1], 2).Locator("input:checked")).ToHaveCountAsync(0);

        await Answer(phones[2], 0, 5).CheckAsync();
        await Answer(phones[2], 1, 4).CheckAsync();
        await Answer(phones[2], 2, 2).CheckAsync();
        await Accessibility.AssertNoViolationsAsync(phones[2], "phone with answers");

        // Three more people, through the hub as their phones would: with Ana and two of them strongly
        // disagreeing, and Ben, Chloé and the third strongly agreeing, the first statement has two camps of three.
        var others = new List<HubConnection>();
        try
        {
            foreach (var name in new[] { "Dev", "Efua", "Gus" })
            {
                var joined = await Workshop.JoinAsync(fixture.Server.Http, joinCode, name);
                var connection = WorkshopHubConnection.Build(fixture.Server.App.BaseAddress, sessionId, joined.Credential);
                await connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
                others.Add(connection);
            }

            foreach (var (connection, first) in others.Zip([1, 1, 5]))
            {
                var receipt = await SubmitAsync(connection, activityId, new { answers = new Dictionary<string, int> { ["s1"] = first, ["s2"] = 4, ["s3"] = 2 } });
                Assert.True(receipt.GetProperty("accepted").GetBoolean());
            }

            // While hidden the board shows the statements and how many have answered, never a count per answer.
            await Expect(board.Test("voted-count")).ToHaveTextAsync("6", Wait);
            await Expect(board.Test("sc-row")).ToHaveCountAsync(0);
            await Accessibility.AssertNoViolationsAsync(board, "board while results are hidden");
            await Expect(console.Test("sc-row")).ToHaveCountAsync(4);
            await Expect(console.Test("sc-mark").First).ToHaveTextAsync("Far apart · Split: two camps", Wait);
            await Expect(console.Test("sc-result-statement").Nth(2)).ToHaveTextAsync(Hostile, Wait);
            Assert.Equal(0, await console.Page.Locator("img[src=x]").CountAsync());
            await Accessibility.AssertNoViolationsAsync(console, "console during the vote");

            await console.Test("reveal-results").ClickAsync();

            // The board: a bar per statement, the split said in words; anonymous, so neighbouring answers are
            // banded where one would hold one or two people, and a statement fewer than three answered says only that.
            await Expect(board.Test("sc-result-statement")).ToHaveTextAsync(Statements, Wait);
            var rows = board.Test("sc-row");
            await Expect(rows.Nth(0).Locator("[data-test=\"sc-mark\"]")).ToHaveTextAsync("Far apart · Split: two camps", Wait);
            await Expect(rows.Nth(0).Locator("[data-test=\"sc-counts\"]")).ToHaveTextAsync("Strongly disagree: 3 people · Strongly agree: 3 people", Wait);
            await Expect(rows.Nth(1).Locator("[data-test=\"sc-counts\"]")).ToHaveTextAsync("Agree – Strongly agree: 6 people", Wait);
            await Expect(rows.Nth(1).Locator("[data-test=\"sc-mark\"]")).ToHaveTextAsync("One voice", Wait);
            await Expect(rows.Nth(2).Locator("[data-test=\"sc-counts\"]")).ToHaveTextAsync("Disagree: 4 people", Wait);
            await Expect(rows.Nth(2).Locator("[data-test=\"sc-summary\"]")).ToHaveTextAsync("Average 2.0 of 5 · 4 answered · spread 0 of 100", Wait);
            await Expect(rows.Nth(3).Locator("[data-test=\"sc-summary\"]")).ToHaveTextAsync("Fewer than 3 have answered", Wait);
            await Expect(rows.Nth(3).Locator("[data-test=\"sc-counts\"]")).ToBeHiddenAsync();
            await Expect(rows.Nth(3).Locator("[data-test=\"sc-mark\"]")).ToBeHiddenAsync();
            Assert.Equal(0, await board.Page.Locator("img[src=x]").CountAsync());
            await RoomDisplay.AssertNoScrollbarsAsync(board, "board with the agreement scale's results");
            await Accessibility.AssertNoViolationsAsync(board, "board with the results");
            await SaveAsync(board, "scale-board");

            // A phone scrolled down sees the reveal: the team's results come first, in view.
            await Expect(phones[2].Test("stage-news")).ToHaveTextAsync("The results are out.", Wait);
            await Expect(phones[2].Test("sc-chart")).ToBeInViewportAsync(new() { Timeout = 15_000 });
            await Expect(phones[2].Test("sc-mark").First).ToHaveTextAsync("Far apart · Split: two camps", Wait);
            await Accessibility.AssertNoViolationsAsync(phones[2], "phone with the results");
            await SaveAsync(phones[2], "scale-phone");

            // The facilitator steps through where the room disagrees (the shared statements module around
            // this kind): most divided first, then that statement large with its five answers, then back.
            await console.Test("show-disagreement").ClickAsync();
            await Expect(board.Test("disagreement-text").First).ToHaveTextAsync(Statements[0], Wait);
            await console.Test("next-statement").ClickAsync();
            await Expect(board.Test("focus-statement")).ToHaveTextAsync(Statements[0], Wait);
            await Expect(board.Test("focus-step-label")).ToHaveTextAsync(["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"], Wait);
            await Expect(board.Test("focus-step-count")).ToHaveTextAsync(["3 people", "0 people", "0 people", "0 people", "3 people"], Wait);
            await Expect(board.Test("focus-split")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(board, "board focused on the most divided statement");
            await console.Test("show-results").ClickAsync();
            await Expect(board.Test("sc-row")).ToHaveCountAsync(4);
            await Expect(board.Test("sc-row").First).ToBeVisibleAsync();

            // A statement accepted from a proposal mid-vote reaches the phones as a fifth question and the board as a fifth bar.
            await using (var facilitator = await LiveClient.ConnectAsync(fixture.Server.App.BaseAddress, sessionId, facilitatorKey))
            {
                await facilitator.SteerAsync(activityId, StatementCommands.Proposals, text: "on");
                var proposed = await SubmitAsync(others[0], activityId, new { propose = "We celebrate small wins" });
                Assert.True(proposed.GetProperty("accepted").GetBoolean(), proposed.GetRawText());
                var view = (ScaleVoteView)await vote.GetView().WaitAsync(Eventually.DefaultTimeout);
                await facilitator.SteerAsync(activityId, StatementCommands.AcceptProposal, target: view.Proposals![0].ProposalId);
            }

            await Expect(Statement(phones[0], 4).Locator("[data-test=\"sc-statement-text\"]")).ToHaveTextAsync("We celebrate small wins", Wait);
            await Expect(Answer(phones[0], 1, 5)).ToBeCheckedAsync();
            await Answer(phones[0], 4, 4).CheckAsync();
            await Expect(board.Test("sc-row")).ToHaveCountAsync(5);
            await Expect(board.Test("sc-row").Nth(4).Locator("[data-test=\"sc-summary\"]")).ToHaveTextAsync("Fewer than 3 have answered", Wait);
            await Expect(phones[0].Test("sc-progress")).ToHaveTextAsync("4 of 5 answered. Skip any you would rather not answer.", Wait);

            // Closing: answers can no longer change.
            await console.Test("close-voting").ClickAsync();
            foreach (var phone in phones)
            {
                await Expect(Answer(phone, 0, 3)).ToBeDisabledAsync(new() { Timeout = 15_000 });
                await Expect(phone.Test("sc-clear").First).ToBeDisabledAsync();
            }

            await Expect(phones[0].Test("sc-progress")).ToHaveTextAsync("Voting is closed: your 4 answers are kept as they are.", Wait);
            await Accessibility.AssertNoViolationsAsync(phones[0], "phone after voting closed");
            await Accessibility.AssertNoViolationsAsync(console, "console after voting closed");
            await SaveAsync(console, "scale-console");

            var stored = (ScaleVoteView)await vote.GetView().WaitAsync(Eventually.DefaultTimeout);
            // Anonymous: a statement one person answered has no count or average, even in the facilitator's copy.
            Assert.Equal(
                [new StatementAnswers("s1", 6, 3.0), new StatementAnswers("s2", 6, 4.17), new StatementAnswers("s3", 4, 2.0), new StatementAnswers("s4", null, null, true), new StatementAnswers("s5", null, null, true)],
                stored.Results);
            Assert.Equal(ActivityStatus.Closed, stored.Stage.Status);
        }
        finally
        {
            foreach (var connection in others)
            {
                await connection.DisposeAsync();
            }
        }

        foreach (var surface in phones.Append(board).Append(console))
        {
            Assert.Empty(surface.Errors);
        }

        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_board_shows_a_room_of_thirty_on_eight_long_statements_on_one_legible_screen_at_both_room_display_sizes()
    {
        var app = fixture.Server.App;
        var workshop = await Workshop.StartAsync(fixture.Server.Http, "Platform team", "Quarterly retrospective");
        await using var facilitator = await LiveClient.ConnectAsync(app.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var room = new List<HubConnection>();
        try
        {
            for (var i = 0; i < 30; i++)
            {
                var joined = await Workshop.JoinAsync(fixture.Server.Http, workshop.JoinCode, $"Person {i + 1}");
                var connection = WorkshopHubConnection.Build(app.BaseAddress, workshop.SessionId, joined.Credential);
                await connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
                room.Add(connection);
            }

            await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
            await board.Page.GotoAsync($"{app.BaseAddress.ToString().TrimEnd('/')}/board/{workshop.SessionId}");
            var setup = new ScaleVoteSetup("Culture priorities for the next quarter", LongStatements, true);
            var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ScaleVoteKind.Name, JsonSerializer.SerializeToElement(setup, JsonSerializerOptions.Web));
            await facilitator.InvokeAsync("ShowActivity", activityId);
            await facilitator.SteerAsync(activityId, ActivityCommands.Open);
            // Answers of every kind: one voice, two camps, spread evenly, a step of one or two, a skip.
            var answers = await Task.WhenAll(room.Select((connection, i) => SubmitAsync(connection, activityId, new
            {
                answers = Enumerable.Range(0, LongStatements.Length)
                    .Where(j => (i + j) % 7 != 0)
                    .ToDictionary(j => $"s{j + 1}", j => j switch { 0 => 4, 1 => i % 2 == 0 ? 1 : 5, 2 => i % 5 + 1, 3 => i == 0 ? 1 : 4, 4 => 3 + i % 2, 5 => 2 + i % 2, 6 => 4 + i % 2, _ => i % 3 + 1 }),
            })));
            Assert.All(answers, a => Assert.True(a.GetProperty("accepted").GetBoolean(), a.GetRawText()));

            await Expect(board.Test("voted-count")).ToHaveTextAsync("30", new() { Timeout = 30_000 });
            await LookAsync(board, "results hidden");
            await facilitator.SteerAsync(activityId, ActivityCommands.Reveal);
            await Expect(board.Test("sc-row")).ToHaveCountAsync(LongStatements.Length, new() { Timeout = 30_000 });
            await Expect(board.Test("sc-mark").Nth(1)).ToHaveTextAsync("Far apart · Split: two camps", Wait);
            await LookAsync(board, "revealed");
            Assert.Empty(board.Errors);
        }
        finally
        {
            foreach (var connection in room)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static readonly string[] LongStatements =
    [
        "We say what we really think, even to the people who decide our pay",
        "Mistakes are for learning, and we talk about them in the open",
        "Everyone can lead: whoever knows most about a problem takes it",
        "We decide together, and once decided we all carry it",
        "We finish what we start before we start something new",
        "Newcomers are welcomed and given real work in their first week",
        "We ask for help early instead of struggling alone",
        "Our customers hear from us before they have to ask",
    ];

    /// <summary>The whole board on one screen, legible from the back (12 px and up) and axe clean, at 1920×1080 and 1280×720.</summary>
    private async Task LookAsync(Surface board, string what)
    {
        foreach (var (width, height) in new[] { (1920, 1080), (1280, 720) })
        {
            await RoomDisplay.ResizeAsync(board, width, height);
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, $"scale-board-thirty-{what.Replace(' ', '-')}-{width}.png") });
            await RoomDisplay.AssertNoScrollbarsAsync(board, $"board with thirty, {what}, at {width}×{height}");
            await RoomDisplay.AssertLegibleAsync(board, $"board with thirty, {what}, at {width}×{height}", 12);
            await Accessibility.AssertNoViolationsAsync(board, $"board with thirty, {what}, at {width}×{height}");
        }

        await board.Page.SetViewportSizeAsync(1920, 1080);
    }

    private static async Task<JsonElement> SubmitAsync(HubConnection connection, string activityId, object input) =>
        await connection.InvokeCoreAsync<JsonElement>("Submit", [activityId, Guid.NewGuid().ToString(), JsonSerializer.SerializeToElement(input, JsonSerializerOptions.Web)])
            .WaitAsync(Eventually.DefaultTimeout);

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
}
