using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Grid;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// The 2×2's board at its largest: thirty items (the most a 2×2 takes) of a realistic length, placed
/// by a room of thirty through the hub, at both room-display sizes, before and after the reveal. The
/// whole picture on one screen, type large enough to read from the back, no axe violations.
/// </summary>
public sealed class CrowdedGridInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const int People = 30;

    private static readonly (int Width, int Height)[] Sizes = [(1920, 1080), (1280, 720)];

    private static readonly string[] Items = Enumerable.Range(1, 30)
        .Select(i => $"Idea {i}: " + new[] { "automate the release checklist", "pair on every review", "a weekly demo for customers", "write down how we decide", "rotate who runs the retro" }[i % 5])
        .ToArray();

    [Fact]
    public async Task Thirty_items_placed_by_a_room_of_thirty_fit_the_board_legibly_at_both_room_display_sizes()
    {
        var app = fixture.Server.App;
        var workshop = await Workshop.StartAsync(fixture.Server.Http, "Platform team", "Quarterly planning day");
        await using var facilitator = await LiveClient.ConnectAsync(app.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        await using var room = await JoinedPhones.JoinAsync(fixture.Server.Http, app.BaseAddress, workshop, People);
        var phones = room.Connections;

        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        await board.Page.GotoAsync($"{app.BaseAddress.ToString().TrimEnd('/')}/board/{workshop.SessionId}");
        await Expect(board.Test("present-count")).ToHaveTextAsync($"{People}", new() { Timeout = 30_000 });

        var setup = new GridSetup("Where to start next quarter", new GridAxis("Effort", "little", "a lot"), new GridAxis("Impact", "small", "large"), Items, true);
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), GridKind.Name, JsonSerializer.SerializeToElement(setup, JsonSerializerOptions.Web));
        await facilitator.InvokeAsync("ShowActivity", activityId);
        await facilitator.SteerAsync(activityId, ActivityCommands.Open);
        // Everyone places every item; some items agree, some spread over the whole square.
        var answers = await Task.WhenAll(phones.Select((phone, i) => phone
            .InvokeCoreAsync<JsonElement>("Submit", [activityId, Guid.NewGuid().ToString(), new GridInput(Enumerable.Range(1, Items.Length)
                .ToDictionary(k => $"i{k}", k => k % 3 == 0 ? new GridPlacement(i * 7 % 101, i * 13 % 101) : new GridPlacement(k * 3 + i % 5, 100 - k * 3 - i % 4)))])
            .WaitAsync(Eventually.DefaultTimeout)));
        Assert.All(answers, a => Assert.True(a.GetProperty("accepted").GetBoolean(), a.GetRawText()));

        await Expect(board.Test("voted-count")).ToHaveTextAsync($"{People}", new() { Timeout = 30_000 });
        await LookAsync(board, "2×2 board with thirty items, positions hidden");
        await facilitator.SteerAsync(activityId, ActivityCommands.Reveal);
        await Expect(board.Test("grid-mark")).ToHaveCountAsync(Items.Length, new() { Timeout = 30_000 });
        await LookAsync(board, "2×2 board with thirty items, revealed");
        Assert.Empty(board.Errors);
    }

    private async Task LookAsync(Surface board, string what)
    {
        foreach (var (width, height) in Sizes)
        {
            await RoomDisplay.ResizeAsync(board, width, height);
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, $"crowded-grid-{what[^8..].Trim(' ', ',')}-{width}.png") });
            await RoomDisplay.AssertNoScrollbarsAsync(board, $"{what} at {width}×{height}");
            await RoomDisplay.AssertLegibleAsync(board, $"{what} at {width}×{height}", 12);
            await Accessibility.AssertNoViolationsAsync(board, $"{what} at {width}×{height}");
        }
    }
}
