using System.Text.Json;
using AntiLeadership.Live.Activities.Points;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// The 100-points board with a room of thirty and eight long statements, at both room-display sizes,
/// before and after the reveal: the whole ranking with each statement's spread and steps on one screen
/// (no scrollbars, nothing scrolling inside), type large enough to read from the back, and no axe
/// violations. The thirty vote through the hub, as their phones would.
/// </summary>
public sealed class CrowdedPointsBoardInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const int People = 30;

    private const double SmallestReadablePixels = 12;

    private static readonly (int Width, int Height)[] Sizes = [(1920, 1080), (1280, 720)];

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

    private readonly List<string> _problems = [];

    [Fact]
    public async Task A_points_board_shows_a_room_of_thirty_on_one_legible_screen_at_both_room_display_sizes()
    {
        var app = fixture.Server.App;
        var workshop = await Workshop.StartAsync(fixture.Server.Http, "Platform team", "Quarterly retrospective and planning day");
        await using var facilitator = await LiveClient.ConnectAsync(app.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        await using var room = await JoinedPhones.JoinAsync(fixture.Server.Http, app.BaseAddress, workshop, People);
        var phones = room.Connections;

        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        await board.Page.GotoAsync($"{app.BaseAddress.ToString().TrimEnd('/')}/board/{workshop.SessionId}");
        var setup = new PointsSetup("Culture priorities for the next quarter", Statements, 5, HideResultsUntilRevealed: true);
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), PointsKind.Name, JsonSerializer.SerializeToElement(setup, JsonSerializerOptions.Web));
        await facilitator.InvokeAsync("ShowActivity", activityId);
        await facilitator.SteerAsync(activityId, ActivityCommands.Open);

        // Everyone gives half to one statement and shares the rest, so every statement has a spread and most steps are full.
        var answers = await Task.WhenAll(phones.Select((phone, i) => phone
            .InvokeCoreAsync<JsonElement>("Submit", [activityId, Guid.NewGuid().ToString(), JsonSerializer.SerializeToElement(new
            {
                points = new Dictionary<string, int> { [$"s{i % 8 + 1}"] = 50, [$"s{(i + 3) % 8 + 1}"] = 35, [$"s{(i + 5) % 8 + 1}"] = 15 },
            }, JsonSerializerOptions.Web)])
            .WaitAsync(Eventually.DefaultTimeout)));
        Assert.All(answers, a => Assert.True(a.GetProperty("accepted").GetBoolean(), a.GetRawText()));

        await Expect(board.Test("voted-count")).ToHaveTextAsync($"{People}", new() { Timeout = 30_000 });
        await LookAsync(board, "points board with thirty, results hidden");
        await facilitator.SteerAsync(activityId, ActivityCommands.Reveal);
        await Expect(board.Test("points-row")).ToHaveCountAsync(Statements.Length, new() { Timeout = 30_000 });
        await LookAsync(board, "points board with thirty, revealed");

        Assert.Empty(board.Errors);
        Assert.True(_problems.Count == 0, string.Join(Environment.NewLine, _problems));
    }

    private async Task LookAsync(Surface board, string what)
    {
        foreach (var (width, height) in Sizes)
        {
            await RoomDisplay.ResizeAsync(board, width, height);
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, $"crowded-{what.Replace(' ', '-').Replace(",", "")}-{width}.png") });
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
