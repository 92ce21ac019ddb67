using AntiLeadership.Live.Activities.Reviews;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// A reconvene review as a room runs it: two commitments made beforehand in the team's plan, a console,
/// three phones and the board in real headless Chromium; the room answers, the facilitator steps through
/// and decides both, and the plan shows the new statuses and notes.
/// </summary>
public sealed class ReviewInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Hostile = "<img src=x onerror=alert(1)>";

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_facilitator_three_phones_and_the_board_review_two_commitments_and_the_plan_shows_the_decisions()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        var phones = new List<Surface>();
        for (var i = 0; i < 3; i++)
        {
            phones.Add(await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true));
        }

        var (joinCode, _) = await StatementVotePages.StartWorkshopAsync(console, baseUrl, "Reconvene");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());
        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < phones.Count; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
            await Expect(phones[i].Test("my-name")).ToHaveTextAsync(names[i], Wait);
        }

        // The plan as the team left it two months ago: two commitments due, one not yet.
        var sessionId = new Uri(console.Page.Url).AbsolutePath.Split('/').Last();
        var session = await fixture.Server.App.Grains.GetGrain<ISessionGrain>(sessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
        var teamId = session.TeamId;
        var ana = session.Participants.Single(p => p.DisplayName == "Ana").ParticipantId;
        var plan = fixture.Server.App.Grains.GetGrain<ITeamPlanGrain>(teamId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await CommitAsync(plan, "c-chair", "Rotate who chairs the weekly meeting", "Ana chairs next Monday", today.AddDays(-10), ana);
        await CommitAsync(plan, "c-pair", "Pair on support tickets", "Book two pairing slots", today);
        await CommitAsync(plan, "c-later", "Share the budget with everyone", "", today.AddDays(60));

        // The setup lists the plan with the due ones ticked.
        await console.Test("kind-select").SelectOptionAsync(ReviewKind.Name);
        await Expect(console.Test("review-setup-commitment")).ToHaveCountAsync(3, new() { Timeout = 15_000 });
        var ticked = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => console.Test("review-setup-commitment").Nth(i).IsCheckedAsync()));
        Assert.Equal(new[] { true, true, false }, ticked);
        await Accessibility.AssertNoViolationsAsync(console, "console with the review's setup");
        await console.Test("activity-title-input").FillAsync("Our plan, reviewed");
        await console.Test("hide-results-input").UncheckAsync();
        await console.Test("add-activity").ClickAsync();
        await Expect(board.Test("review-board-what")).ToHaveTextAsync("Rotate who chairs the weekly meeting", Wait);
        await Expect(board.Test("review-board-owners")).ToHaveTextAsync("Ana", Wait);
        await console.Test("open-voting").ClickAsync();

        // The room answers the first commitment; the hostile text stays text everywhere.
        await AnswerAsync(phones[0], "Three of us chaired", "It spreads the load", "keep");
        await AnswerAsync(phones[1], "We forgot twice", "It needs a reminder", "keep");
        await AnswerAsync(phones[2], Hostile, null, "adapt", "Monthly, not weekly");
        await Expect(board.Test("review-board-answer")).ToHaveCountAsync(6, new() { Timeout = 15_000 });
        await Expect(board.Test("review-board-tally")).ToHaveTextAsync("Keep or adapt: 3 people", Wait);
        Assert.Equal(0, await board.Page.Locator("img[src=x]").CountAsync());
        await Expect(board.Test("review-board-happened")).Not.ToContainTextAsync("Ana");
        await Accessibility.AssertNoViolationsAsync(board, "board with the answers for the first commitment");
        await Accessibility.AssertNoViolationsAsync(phones[2], "phone after answering");
        await Expect(console.Test("review-console-answer")).ToHaveCountAsync(6, new() { Timeout = 15_000 });
        await Accessibility.AssertNoViolationsAsync(console, "console with the answers");
        await ShotAsync(board, "review-board-answers");
        await ShotAsync(phones[2], "review-phone-answered");

        // The facilitator decides: adapt, in their own words; then the console points at the next commitment.
        await Expect(console.Test("next-step")).ToContainTextAsync("decide for this commitment", new() { Timeout = 15_000 });
        await console.Test("review-decision-words").FillAsync("Rotate monthly, with a reminder");
        await console.Test("review-decide-adapt").ClickAsync();
        await Expect(board.Test("review-board-outcome")).ToHaveTextAsync("Decided: adapt.", Wait);
        await Expect(console.Test("review-console-outcome")).ToContainTextAsync("Rotate monthly, with a reminder", new() { Timeout = 15_000 });
        await Expect(console.Test("next-step")).ToContainTextAsync("show the next commitment", new() { Timeout = 15_000 });
        await ShotAsync(console, "review-console-decided");

        // The next commitment: the board and the phones follow, and a phone going back finds its answers.
        await console.Test("review-next").ClickAsync();
        await Expect(board.Test("review-board-what")).ToHaveTextAsync("Pair on support tickets", Wait);
        foreach (var phone in phones)
        {
            await Expect(phone.Test("review-phone-what")).ToHaveTextAsync("Pair on support tickets", Wait);
        }

        await Expect(phones[0].Test("review-happened")).ToHaveValueAsync("");
        await AnswerAsync(phones[0], "Nobody had time", null, "drop");
        await console.Test("review-previous").ClickAsync();
        await Expect(phones[0].Test("review-phone-what")).ToHaveTextAsync("Rotate who chairs the weekly meeting", Wait);
        await Expect(phones[0].Test("review-happened")).ToHaveValueAsync("Three of us chaired");
        await Expect(phones[0].Test("review-choice-keep")).ToBeCheckedAsync();
        await Expect(phones[0].Test("review-phone-outcome")).ToHaveTextAsync("Decided: adapt.", Wait);
        await console.Test("review-next").ClickAsync();
        await Expect(board.Test("review-board-what")).ToHaveTextAsync("Pair on support tickets", Wait);
        await console.Test("review-decide-drop").ClickAsync();
        await Expect(board.Test("review-board-outcome")).ToHaveTextAsync("Decided: drop.", Wait);
        await Expect(board.Test("review-board-status")).ToHaveTextAsync("dropped", Wait);
        await Accessibility.AssertNoViolationsAsync(board, "board with a decision");
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone with a decision");
        await ShotAsync(board, "review-board-decided");
        await ShotAsync(phones[0], "review-phone-decided");

        var commitments = (await plan.GetPlan().WaitAsync(Eventually.DefaultTimeout)).Commitments;
        var chair = commitments.Single(c => c.CommitmentId == "c-chair");
        var pair = commitments.Single(c => c.CommitmentId == "c-pair");
        Assert.Equal(CommitmentStatus.Trying, chair.Status);
        Assert.Equal("Review “Our plan, reviewed”: adapt. Rotate monthly, with a reminder. The room: keep or adapt 3.", Assert.Single(chair.Notes).Text);
        Assert.Equal(CommitmentStatus.Dropped, pair.Status);
        Assert.StartsWith("Review “Our plan, reviewed”: drop.", Assert.Single(pair.Notes).Text, StringComparison.Ordinal);
        Assert.Equal(CommitmentStatus.Planned, commitments.Single(c => c.CommitmentId == "c-later").Status);
        foreach (var surface in phones.Append(board).Append(console))
        {
            Assert.Empty(surface.Errors);
        }

        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    private static async Task CommitAsync(ITeamPlanGrain plan, string id, string what, string firstStep, DateOnly reviewOn, params string[] owners) =>
        Assert.True((await plan.Commit(id, new CommitmentDraft(what, "", owners, firstStep, reviewOn)).WaitAsync(Eventually.DefaultTimeout)).Succeeded);

    private static async Task AnswerAsync(Surface phone, string happened, string? learned, string choice, string? nowWhat = null)
    {
        await Expect(phone.Test("review-happened")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await phone.Test("review-happened").FillAsync(happened);
        await phone.Test("review-learned").FillAsync(learned ?? "");
        await phone.Test($"review-choice-{choice}").CheckAsync();
        await phone.Test("review-now-what").FillAsync(nowWhat ?? "");
        await phone.Test("review-send").ClickAsync();
        await Expect(phone.Test("review-saved")).ToHaveTextAsync("Saved. You can change it while the review is open.", Wait);
    }

    private async Task ShotAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true }).WaitAsync(Eventually.DefaultTimeout);
}
