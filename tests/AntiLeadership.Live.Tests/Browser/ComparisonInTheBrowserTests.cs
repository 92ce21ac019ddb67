using System.Net.Http.Headers;
using System.Net.Http.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Comparisons;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Results over time in a room: a team votes on the same three statements in a "March" and a "June"
/// session (three phones each time; see the note on the clock in the test); in June the facilitator adds a comparison
/// card picked from the team's results, and the board shows the chart and a table with the shift.
/// </summary>
public sealed class ComparisonInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Statements = ["We decide together", "Anyone may stop the line", "Mistakes are talked about openly"];

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = 15_000 };

    [Fact]
    public async Task Two_sessions_of_a_team_are_compared_on_the_board_as_a_chart_and_a_table_with_the_shift()
    {
        // Both sessions run on the shared app's real clock (a FakeTimeProvider in a whole app stops its
        // Orleans timers, and a jump of months then makes the silo declare itself dead). Three months
        // apart, on a moved clock whose timers keep real time: ProgrammeOverMonthsInTheBrowserTests.
        var app = fixture.Server.App;
        var own = fixture.Server.Http;
        var march = await Workshop.StartAsync(own, "Blue team", "March retro");
        var credentials = await VoteAsync(app, own, march, null, [[3, 0, 0], [3, 0, 0], [0, 3, 0]]);
        var june = await NextSessionAsync(own, march, "June retro");
        await VoteAsync(app, own, june, credentials, [[1, 1, 1], [1, 1, 1], [0, 0, 3]]);

        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        await console.Page.GotoAsync(june.FacilitatorUrl);
        await board.Page.GotoAsync(june.BoardUrl);

        // The facilitator picks the team's dot votes from the list its results give.
        await console.Test("kind-select").SelectOptionAsync(ComparisonKind.Name);
        await Expect(console.Test("comparison-group").Locator("option")).ToHaveTextAsync("Culture priorities: dots — 3 statements, 2 sessions", Wait);
        await Accessibility.AssertNoViolationsAsync(console, "console with the comparison's setup field");
        await console.Test("activity-title-input").FillAsync("March and June");
        await console.Test("add-activity").ClickAsync();
        await console.Page.Locator("[data-test=show-activity]").Last.ClickAsync();

        await Expect(board.Test("activity-title")).ToHaveTextAsync("March and June", Wait);
        var shown = board.Test("results-over-time");
        await Expect(shown.Locator("h3")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Culture priorities: dots: June retro \(.+\) beside March retro \(.+\)$"), Wait);
        await Expect(shown.Locator("canvas")).ToHaveCountAsync(2);
        foreach (var canvas in await shown.Locator("canvas").AllAsync())
        {
            await Expect(canvas).ToHaveAttributeAsync("role", "img");
            Assert.Contains("Largest shift: “Mistakes are talked about openly”, from 0 to 56 (+56).", await canvas.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
            // Drawn: the chart's pixels are not all blank.
            Assert.True(await canvas.EvaluateAsync<bool>("c => c.width > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some(v => v !== 0)"));
        }

        var table = board.Test("results-over-time-table");
        // Three statements fit with their table on a room display: the board keeps it in view.
        await Expect(table).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("visually-hidden"));
        await Expect(table.Locator("caption")).ToContainTextAsync("June retro (", Contains);
        await Expect(table.Locator("thead th")).ToHaveTextAsync(["Statement", "March retro: agreement", "June retro: agreement", "Shift", "March retro: spread", "June retro: spread"]);
        await Expect(table.Locator("tbody tr").First.Locator("th, td")).ToHaveTextAsync(["We decide together", "67", "22", "−45", "94", "31"]);
        await Expect(table.Locator("tbody tr").Nth(2).Locator("th, td")).ToHaveTextAsync(["Mistakes are talked about openly", "0", "56", "+56", "0", "63"]);
        await board.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "comparison-board.png") });
        await RoomDisplay.AssertNoScrollbarsAsync(board, "board with a comparison");
        await Accessibility.AssertNoViolationsAsync(board, "board with a comparison chart and table");

        // The console shows the same card, its table behind the toggle (always there for screen readers).
        var consoleTable = console.Test("results-over-time-table");
        await Expect(consoleTable).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("visually-hidden"));
        await console.Test("results-over-time-toggle").ClickAsync();
        await Expect(console.Test("results-over-time-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(consoleTable).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("visually-hidden"));
        await Accessibility.AssertNoViolationsAsync(console, "console with the comparison card and its table shown");
        await console.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, "comparison-console.png"), FullPage = true });
    }

    /// <summary>Three phones vote (joining with their credentials from earlier sessions, when given); the facilitator opens and closes the vote.</summary>
    private static async Task<string?[]> VoteAsync(LiveApp app, HttpClient http, WorkshopStarted session, string?[]? credentials, int[][] ballots)
    {
        await using var facilitator = await LiveClient.ConnectAsync(app.BaseAddress, session.SessionId, session.FacilitatorKey);
        var activityId = await facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(), new CulturePrioritiesSetup("Culture priorities", Statements, 3, 3, false));
        await facilitator.SteerAsync(activityId, ActivityCommands.Open);
        string[] names = ["Ana", "Ben", "Chloé"];
        var kept = new string?[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var joined = await Workshop.JoinAsync(http, session.JoinCode, names[i], credentials?[i]);
            kept[i] = joined.Credential;
            await using var phone = await LiveClient.ConnectAsync(app.BaseAddress, session.SessionId, joined.Credential);
            var dots = ballots[i].Select((n, s) => ($"s{s + 1}", n)).Where(d => d.n > 0).ToDictionary(d => d.Item1, d => d.n);
            Assert.True((await phone.CastDotsAsync(activityId, Guid.NewGuid().ToString(), dots)).Accepted);
        }

        await facilitator.SteerAsync(activityId, ActivityCommands.Close);
        return kept;
    }

    private static async Task<WorkshopStarted> NextSessionAsync(HttpClient http, WorkshopStarted first, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/teams/{first.TeamId}/sessions") { Content = JsonContent.Create(new { sessionTitle = title }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", first.FacilitatorKey);
        using var response = await http.SendAsync(request).WaitAsync(Eventually.DefaultTimeout);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WorkshopStarted>().WaitAsync(Eventually.DefaultTimeout))!;
    }
}
