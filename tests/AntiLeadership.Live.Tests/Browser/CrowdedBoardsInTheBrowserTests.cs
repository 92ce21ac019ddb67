using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CheckIns;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Activities.Strengths;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Every kind's board with a room of thirty, at both room-display sizes, before and after the reveal:
/// the whole picture on one screen (no scrollbars, nothing scrolling inside), type large enough to read
/// from the back, and no axe violations. The thirty take part through the hub, as their phones would.
/// </summary>
public sealed class CrowdedBoardsInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const int People = 30;

    private readonly List<string> _problems = [];

    // Read from the back of a room, on a 1280×720 projector: below this, the board is decoration.
    private const double SmallestReadablePixels = 12;

    private static readonly (int Width, int Height)[] Sizes = [(1920, 1080), (1280, 720)];

    private static readonly string[] Names =
    [
        "Ana", "Ben", "Chloé", "Dmitri Volkov", "Efua", "Fatima Al-Hassan", "Gus", "Hiroshi", "Ines", "Jakob",
        "Kwame Mensah", "Lena", "Maria-José Fernández", "Noor", "Olu", "Priya Raghunathan", "Quinn", "Rosa",
        "Sven", "Tomasz Wiśniewski", "Uma", "Viktor", "Wen", "Xavier", "Yara", "Zoë", "Aleksandra", "Bo",
        "Carmen", "Dev",
    ];

    private static readonly string[] Statements =
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

    private static readonly string[] Words =
    [
        "tired", "hopeful", "Curious", "caffeinated", "ready to go", "a bit lost", "hopeful", "calm", "excited",
        "tired", "overloaded with meetings", "grateful", "focused", "HOPEFUL", "sleepy", "optimistic", "curious",
        "energised", "distracted", "happy", "calm", "nervous about the release", "good", "fine", "hungry", "tired",
        "looking forward to it", "sceptical", "open", "curious",
    ];

    [Fact]
    public async Task Every_kinds_board_shows_a_room_of_thirty_on_one_legible_screen_at_both_room_display_sizes()
    {
        var app = fixture.Server.App;
        var workshop = await Workshop.StartAsync(fixture.Server.Http, "Platform team", "Quarterly retrospective and planning day");
        await using var facilitator = await LiveClient.ConnectAsync(app.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var phones = new List<(HubConnection Connection, string ParticipantId)>();
        try
        {
            foreach (var name in Names)
            {
                var joined = await Workshop.JoinAsync(fixture.Server.Http, workshop.JoinCode, name);
                var connection = WorkshopHubConnection.Build(app.BaseAddress, workshop.SessionId, joined.Credential);
                await connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
                phones.Add((connection, joined.ParticipantId));
            }

            await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
            await board.Page.GotoAsync($"{app.BaseAddress.ToString().TrimEnd('/')}/board/{workshop.SessionId}");
            await Expect(board.Test("present-count")).ToHaveTextAsync($"{People}", new() { Timeout = 30_000 });

            // Culture priorities: eight long statements, three dots each.
            var vote = await AddAndOpenAsync(facilitator, CulturePrioritiesKind.Name, new CulturePrioritiesSetup("Culture priorities for the next quarter", Statements, 3, 2, true));
            await SubmitAllAsync(phones, vote, i => new { dots = new Dictionary<string, int> { [$"s{i % 8 + 1}"] = 2, [$"s{(i * 3 + 1) % 8 + 1}"] = 1 } });
            await CheckBoardAsync(board, facilitator, vote, "culture-priorities", "ranking-row");

            // Strengths: each person five strengths and two recognitions; all thirty on the grid.
            var strengthIds = StrengthsCatalogue();
            var map = await AddAndOpenAsync(facilitator, StrengthsKind.Name, new { title = "What this team brings", extraDomains = Array.Empty<string>(), extraStrengths = Array.Empty<object>(), hideResultsUntilRevealed = true, anonymous = false });
            await SubmitAllAsync(phones, map, i => new
            {
                mine = Enumerable.Range(0, 5).Select(k => strengthIds[(i * 7 + k * 5) % strengthIds.Length]).Distinct().ToArray(),
                recognitions = new[] { 1, 2 }.Select(k => new { participantId = phones[(i + k) % People].ParticipantId, strengthId = strengthIds[(i + k * 11) % strengthIds.Length], example = (string?)null }).ToArray(),
                showMyColumn = true,
            });
            await CheckBoardAsync(board, facilitator, map, "strengths", "sm-heat");

            // Check-ins: thirty words, then a 1–5 scale with words.
            var word = await AddAndOpenAsync(facilitator, CheckInKind.Name, new { title = "Opening check-in", prompt = "One word (or a few) for how you arrive today", mode = "word", hideResultsUntilRevealed = true, anonymous = true });
            await SubmitAllAsync(phones, word, i => new { word = Words[i] });
            await CheckBoardAsync(board, facilitator, word, "check-in-word", "check-in-cloud");
            var scale = await AddAndOpenAsync(facilitator, CheckInKind.Name, new { title = "Closing check-in", prompt = "How useful was today, from 1 (not at all) to 5 (very)?", mode = "scale", hideResultsUntilRevealed = true, anonymous = true });
            await SubmitAllAsync(phones, scale, i => new { word = Words[(i + 5) % People], scale = i % 5 + 1 });
            await CheckBoardAsync(board, facilitator, scale, "check-in-scale", "check-in-scale-row");

            Assert.Empty(board.Errors);
            Assert.True(_problems.Count == 0, string.Join(Environment.NewLine, _problems));
        }
        finally
        {
            foreach (var (connection, _) in phones)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static string[] StrengthsCatalogue() =>
    [
        "follow-through", "careful-craft", "planning-ahead", "steady-pace", "making-it-simple", "taking-ownership", "calm-under-pressure",
        "speaking-up", "getting-started", "persuading-with-reasons", "reaching-out", "championing-ideas", "energy-in-the-room",
        "careful-listening", "making-people-welcome", "bridging-differences", "noticing-how-people-are", "keeping-trust", "helping-others-grow", "giving-credit",
        "asking-good-questions", "seeing-patterns", "thinking-ahead", "learning-fast", "weighing-options", "fresh-ideas", "reading-the-numbers",
    ];

    private static async Task<string> AddAndOpenAsync(LiveClient facilitator, string kind, object setup)
    {
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), kind, JsonSerializer.SerializeToElement(setup, JsonSerializerOptions.Web));
        await facilitator.InvokeAsync("ShowActivity", activityId);
        await facilitator.SteerAsync(activityId, ActivityCommands.Open);
        return activityId;
    }

    private static async Task SubmitAllAsync(List<(HubConnection Connection, string ParticipantId)> phones, string activityId, Func<int, object> input)
    {
        var answers = await Task.WhenAll(phones.Select((phone, i) => phone.Connection
            .InvokeCoreAsync<JsonElement>("Submit", [activityId, Guid.NewGuid().ToString(), JsonSerializer.SerializeToElement(input(i), JsonSerializerOptions.Web)])
            .WaitAsync(Eventually.DefaultTimeout)));
        Assert.All(answers, a => Assert.True(a.GetProperty("accepted").GetBoolean(), a.GetRawText()));
    }

    /// <summary>The board before the reveal (what the room works on) and after it, at both sizes.</summary>
    private async Task CheckBoardAsync(Surface board, LiveClient facilitator, string activityId, string name, string revealedPart)
    {
        await Expect(board.Test("voted-count")).ToHaveTextAsync($"{People}", new() { Timeout = 30_000 });
        await LookAsync(board, $"{name} board with thirty, results hidden");
        await facilitator.SteerAsync(activityId, ActivityCommands.Reveal);
        await Expect(board.Test(revealedPart).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await LookAsync(board, $"{name} board with thirty, revealed");
        await board.Page.SetViewportSizeAsync(1920, 1080);
    }

    private async Task LookAsync(Surface board, string what)
    {
        foreach (var (width, height) in Sizes)
        {
            await RoomDisplay.ResizeAsync(board, width, height);
            var shot = $"crowded-{what.Replace(' ', '-').Replace(",", "")}-{width}.png";
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, shot) });
            // Every board is looked at before the test says what it found, so one run shows every problem.
            foreach (var check in new Func<Task>[]
            {
                () => RoomDisplay.AssertNoScrollbarsAsync(board, $"{what} at {width}×{height}"),
                () => RoomDisplay.AssertLegibleAsync(board, $"{what} at {width}×{height}", SmallestReadablePixels),
                () => Accessibility.AssertNoViolationsAsync(board, $"{what} at {width}×{height}"),
            })
            {
                try
                {
                    await check();
                }
                catch (Xunit.Sdk.XunitException problem)
                {
                    _problems.Add(problem.Message);
                }
            }
        }
    }
}
