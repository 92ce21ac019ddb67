using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// The programme across months, as a team lives it: a March session ends with a culture vote and a
/// commitment in the plan; a month later a member notes progress from her phone; three months on the
/// facilitator sees what changed, starts the June session from the team home, the room reviews the
/// commitment (the plan takes the decision) and votes on the same statements again, and the board
/// compares June with March. The server's clock is moved on between (its timers keep real time).
/// </summary>
public sealed class ProgrammeOverMonthsInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Statements = "We decide together\nAnyone may stop the line\nMistakes are talked about openly";
    private static readonly string[] Names = ["Ana", "Ben", "Chloé"];

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_team_plans_in_march_notes_progress_between_sessions_and_in_june_reviews_its_plan_and_compares_its_votes_on_the_board()
    {
        var clock = new MovedClock();
        await using var app = LiveApp.Start(LiveAppSettings.Isolated() with { Clock = clock });
        var baseUrl = app.BaseAddress.ToString().TrimEnd('/');
        using (var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout })
        {
            // A node of its own, just started: the room arrives once it says it is ready.
            await Eventually.ReturnsAsync(async () => (await http.GetAsync("/health/ready")).IsSuccessStatusCode, ready => ready, "the node ready", TimeSpan.FromSeconds(60));
        }

        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        var phones = new List<Surface>();
        for (var i = 0; i < Names.Length; i++)
        {
            phones.Add(await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true));
        }

        try
        {
            // March: the team votes on its culture and writes a commitment for the months ahead.
            var (marchCode, _) = await StatementVotePages.StartWorkshopAsync(console, baseUrl, "March: from ideas to a plan");
            var marchStarted = clock.GetUtcNow();
            await board.Page.GotoAsync(baseUrl + await console.Test("board-link").GetAttributeAsync("href"));
            for (var i = 0; i < Names.Length; i++)
            {
                await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{marchCode}", Names[i]);
            }

            await VoteAsync(console, phones, [[3, 0, 0], [3, 0, 0], [0, 3, 0]]);
            var teamHomePath = (await console.Test("team-home-link").GetAttributeAsync("href"))!;
            var teamId = teamHomePath.Split('#')[0].Split('/')[^1];
            var teamHome = baseUrl + teamHomePath;
            await console.Page.GotoAsync(teamHome);
            // The vote's top priority is offered for the plan; this commitment is written from scratch.
            await Expect(console.Test("kept-item").First).ToContainTextAsync("We decide together", Contains);
            await console.Test("plan-new").ClickAsync();
            await console.Test("commitment-what").FillAsync("Talk about one mistake in every retro");
            await console.Test("commitment-why").FillAsync("Mistakes are talked about openly came last");
            await console.Test("commitment-first-step").FillAsync("Chloé starts with one of hers");
            await console.Test("commitment-review-on").FillAsync(DateOnly.FromDateTime(marchStarted.AddDays(80).UtcDateTime).ToString("yyyy-MM-dd"));
            await console.Test("commitment-save").ClickAsync();
            await Expect(console.Test("commitment-title")).ToHaveTextAsync("Talk about one mistake in every retro", Wait);

            // A month later Ana opens the team home from her phone and notes how it goes.
            clock.MoveOn(TimeSpan.FromDays(40));
            await phones[0].Page.GotoAsync(baseUrl + await phones[0].Test("my-team-home").GetAttributeAsync("href"));
            await Expect(phones[0].Test("commitment-title")).ToHaveTextAsync("Talk about one mistake in every retro", Wait);
            await phones[0].Test("note-open").ClickAsync();
            await phones[0].Test("note-text").FillAsync("Two retros so far: people laughed, then talked");
            await phones[0].Test("note-status").SelectOptionAsync("trying");
            await phones[0].Test("note-add").ClickAsync();
            await Expect(phones[0].Test("status")).ToHaveTextAsync("Note saved.", Wait);
            // The facilitator's open team home shows it at once, as new since March.
            await Expect(console.Test("since-list")).ToContainTextAsync("Two retros so far: people laughed, then talked", Contains);
            await Expect(console.Test("commitment-status")).ToHaveTextAsync("Trying", Wait);

            // June, three months after March: the facilitator starts the next session from the team home.
            clock.MoveOn(TimeSpan.FromDays(51));
            // Back after three months, the facilitator finds the team from the start page, not by founding it again.
            await console.Page.GotoAsync(baseUrl + "/");
            await Expect(console.Test("known-team")).ToHaveTextAsync("Blue team", Wait);
            await console.Test("known-team").ClickAsync();
            await Expect(console.Test("since")).ToContainTextAsync("Since “March: from ideas to a plan”", Contains);
            await Expect(console.Test("since-list")).ToContainTextAsync("Ana", Contains);
            await Accessibility.AssertNoViolationsAsync(console, "the team home three months on");
            await SaveAsync(console, "programme-team-home-june");
            await console.Test("next-session-title").FillAsync("June: what we learned");
            await console.Test("next-session-start").ClickAsync();
            await StartPage.WaitForConsoleAsync(console);
            await Expect(console.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), Wait);
            var juneCode = (await console.Test("join-code").InnerTextAsync()).Trim().Replace(" ", "");
            await board.Page.GotoAsync(baseUrl + await console.Test("board-link").GetAttributeAsync("href"));
            foreach (var (phone, name) in phones.Zip(Names))
            {
                // The same phones, recognised: nobody types a name again.
                await phone.Page.GotoAsync($"{baseUrl}/join/{juneCode}");
                await Expect(phone.Test("my-name")).ToHaveTextAsync(name, Wait);
            }

            // The reconvene review offers the commitment (due), the room answers, the facilitator decides.
            await console.Test("kind-select").SelectOptionAsync("review");
            await Expect(console.Test("review-setup-commitment")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
            await Expect(console.Test("review-setup-commitment")).ToBeCheckedAsync();
            await console.Test("activity-title-input").FillAsync("Our plan, reviewed");
            await console.Test("hide-results-input").UncheckAsync();
            await console.Test("add-activity").ClickAsync();
            await Expect(board.Test("review-board-what")).ToHaveTextAsync("Talk about one mistake in every retro", Wait);
            await console.Test("open-voting").ClickAsync();
            string[][] answers = [["We did it four times", "It gets easier", "keep"], ["Skipped it twice", "It needs a reminder", "adapt"], ["Shared one", "People listen", "keep"]];
            for (var i = 0; i < phones.Count; i++)
            {
                await AnswerReviewAsync(phones[i], answers[i][0], answers[i][1], answers[i][2]);
            }

            await Expect(board.Test("review-board-answer")).ToHaveCountAsync(6, new() { Timeout = 15_000 });
            await console.Test("review-decision-words").FillAsync("Keep it, with a reminder in the invite");
            await console.Test("review-decide-keep").ClickAsync();
            await Expect(board.Test("review-board-outcome")).ToHaveTextAsync("Decided: keep.", Wait);
            await SaveAsync(board, "programme-board-review");
            var reviewed = (await Eventually.ReturnsAsync(() => PlanAsync(app, teamId), p => p.Commitments.Single().Notes.Count == 2, "the review's note in the plan")).Commitments.Single();
            Assert.Equal(CommitmentStatus.Trying, reviewed.Status);
            Assert.Contains("Keep it, with a reminder in the invite", reviewed.Notes[^1].Text, StringComparison.Ordinal);
            // Dated by the server's clock: Ana's note a month and a bit after March, the review three months after.
            Assert.InRange((reviewed.Notes[0].At - marchStarted).TotalDays, 40, 41);
            Assert.InRange((reviewed.Notes[^1].At - marchStarted).TotalDays, 91, 92);

            // The same statements again, then March and June side by side on the board.
            await console.Test("kind-select").SelectOptionAsync("culture-priorities");
            await VoteAsync(console, phones, [[1, 1, 1], [1, 1, 1], [0, 0, 3]], showIt: true);
            await console.Test("kind-select").SelectOptionAsync("comparison");
            await Expect(console.Test("comparison-group").Locator("option")).ToHaveTextAsync("Culture priorities: dots — 3 statements, 2 sessions", Wait);
            await console.Test("activity-title-input").FillAsync("March and June");
            await console.Test("add-activity").ClickAsync();
            await console.Page.Locator("[data-test=show-activity]").Last.ClickAsync();
            await Expect(board.Test("activity-title")).ToHaveTextAsync("March and June", Wait);
            var shown = board.Test("results-over-time");
            await Expect(shown.Locator("h3")).ToContainTextAsync("June: what we learned", Contains);
            await Expect(shown.Locator("h3")).ToContainTextAsync("beside March: from ideas to a plan", Contains);
            await Expect(shown.Locator("canvas")).ToHaveCountAsync(2);
            var table = board.Test("results-over-time-table");
            await Expect(table.Locator("tbody tr").Nth(2).Locator("th, td")).ToHaveTextAsync(["Mistakes are talked about openly", "0", "56", "+56", "0", "63"]);
            await Accessibility.AssertNoViolationsAsync(board, "the board comparing June with March");
            await SaveAsync(board, "programme-board-comparison");

            // The team home now shows the results over time beside the plan.
            await console.Page.GotoAsync(teamHome);
            await Expect(console.Test("results-over-time")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
            await Expect(console.Test("commitment-notes").Locator("li").First).ToContainTextAsync("Keep it, with a reminder in the invite", Contains);
            await Expect(console.Test("timeline-session")).ToHaveCountAsync(2);
            await Accessibility.AssertNoViolationsAsync(console, "the team home with results over time");
            await SaveAsync(console, "programme-team-home-after-june");
            // Nothing wider than the laptop's window (a hidden table once widened the page).
            Assert.True(await console.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"));

            // The programme's printable report holds the plan and the results over time, at any time.
            await console.Page.GotoAsync(baseUrl + await console.Test("programme-report").GetAttributeAsync("href"));
            await Expect(console.Test("report-title")).ToHaveTextAsync("Blue team", Wait);
            await Expect(console.Page.Locator("#over-time-heading")).ToHaveTextAsync("Results over time", Wait);
            await Expect(console.Test("results-over-time-table").Locator("tbody tr").Nth(2).Locator("th, td")).ToHaveTextAsync(["Mistakes are talked about openly", "0", "56", "+56", "0", "63"]);
            await Expect(console.Test("report-commitment")).ToContainTextAsync("Talk about one mistake in every retro", Contains);
            await Accessibility.AssertNoViolationsAsync(console, "the programme report with results over time");
            await SaveAsync(console, "programme-report-over-time");
            Assert.Empty(console.Errors.Concat(board.Errors).Concat(phones.SelectMany(p => p.Errors)));
        }
        finally
        {
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The facilitator adds the dot vote on the three statements (results live), shows it when asked,
    /// opens it, the phones place their dots, and the facilitator closes it.
    /// </summary>
    private static async Task VoteAsync(Surface console, List<Surface> phones, int[][] ballots, bool showIt = false)
    {
        await console.Test("statements-input").FillAsync(Statements);
        await console.Test("dots-per-participant-input").FillAsync("3");
        await console.Test("max-dots-per-statement-input").FillAsync("3");
        await console.Test("hide-results-input").UncheckAsync();
        await console.Test("add-activity").ClickAsync();
        if (showIt)
        {
            await console.Page.Locator("[data-test=show-activity]").Last.ClickAsync();
        }

        await Expect(console.Test("next-step")).ToContainTextAsync("Open voting", Contains);
        await console.Test("open-voting").ClickAsync();
        for (var i = 0; i < phones.Count; i++)
        {
            await Expect(phones[i].Test("statement")).ToHaveCountAsync(3);
            for (var s = 0; s < 3; s++)
            {
                for (var d = 0; d < ballots[i][s]; d++)
                {
                    await ParticipantPage.AddDotAsync(phones[i], s);
                }
            }

            await Expect(phones[i].Test("dots-left")).ToHaveTextAsync("0", Wait);
        }

        await Expect(console.Test("next-step")).ToContainTextAsync("Close voting", Contains);
        await console.Test("close-voting").ClickAsync();
        await Expect(console.Test("next-step")).Not.ToContainTextAsync("Close voting", Contains);
    }

    private static async Task AnswerReviewAsync(Surface phone, string happened, string learned, string choice)
    {
        await Expect(phone.Test("review-happened")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await phone.Test("review-happened").FillAsync(happened);
        await phone.Test("review-learned").FillAsync(learned);
        await phone.Test($"review-choice-{choice}").CheckAsync();
        await phone.Test("review-send").ClickAsync();
        await Expect(phone.Test("review-saved")).ToHaveTextAsync("Saved. You can change it while the review is open.", Wait);
    }

    private static Task<TeamPlan> PlanAsync(LiveApp app, string teamId) =>
        app.Grains.GetGrain<ITeamPlanGrain>(teamId).GetPlan().WaitAsync(Eventually.DefaultTimeout);

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true }).WaitAsync(Eventually.DefaultTimeout);
}
