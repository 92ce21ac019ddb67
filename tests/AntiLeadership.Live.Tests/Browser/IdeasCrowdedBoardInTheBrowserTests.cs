using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Ideas;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// The ideas board with a room of thirty writing three entries each, at both room-display sizes, in
/// every phase: on one screen without scrollbars, type large enough to read from the back (what does
/// not fit is said, not shrunk away), and no axe violations. The thirty write through the hub.
/// </summary>
public sealed class IdeasCrowdedBoardInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const int People = 30;
    private const double SmallestReadablePixels = 12;

    private static readonly (int Width, int Height)[] Sizes = [(1920, 1080), (1280, 720)];

    private static readonly string[] Starts = ["Pair on", "Write down", "Celebrate", "Ask the customer about", "Stop guessing about", "Review together", "Timebox", "Make visible"];

    private static readonly string[] Things =
    [
        "the hardest bug of the week", "every decision we take in a meeting", "small wins on Friday afternoons", "what they really need next",
        "release dates", "the on-call handover", "our planning sessions", "who is waiting on whom", "the onboarding of newcomers", "technical debt",
        "the things we say yes to",
    ];

    private readonly List<string> _problems = [];

    private static string Entry(int person, int n) => $"{Starts[(person + n) % Starts.Length]} {Things[((person * 3) + n) % Things.Length]} ({person + 1}.{n + 1})";

    [Fact]
    public async Task The_ideas_board_shows_a_room_of_thirty_on_one_legible_screen_in_every_phase_at_both_sizes()
    {
        var app = fixture.Server.App;
        var workshop = await Workshop.StartAsync(fixture.Server.Http, "Platform team", "Quarterly retrospective");
        await using var facilitator = await RecordingClient.ConnectAsync(app.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        await using var room = await JoinedPhones.JoinAsync(fixture.Server.Http, app.BaseAddress, workshop, People);
        var phones = room.Connections;

        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        await board.Page.GotoAsync($"{app.BaseAddress.ToString().TrimEnd('/')}/board/{workshop.SessionId}");
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), IdeasKind.Name, JsonSerializer.SerializeToElement(new
        {
            title = "Start, stop, continue", prompt = "What should we start doing next quarter?", maxEntriesPerPerson = 3, maxEntryLength = 140,
            screenBeforeReveal = false, phonesMayGroup = true, dotsPerPerson = 3, maxDotsPerItem = 2, hideResultsUntilRevealed = true, anonymous = true,
        }, JsonSerializerOptions.Web));
        await facilitator.InvokeAsync("ShowActivity", activityId);
        var steer = (string name, string? target, string? text) => facilitator.InvokeAsync("SteerActivity", activityId, new ActivityCommand(name, Target: target, Text: text));
        await steer(ActivityCommands.Open, null, null);
        await Task.WhenAll(phones.Select((phone, i) => phone.InvokeCoreAsync<JsonElement>("Submit",
            [activityId, Guid.NewGuid().ToString(), JsonSerializer.SerializeToElement(new { entries = Enumerable.Range(0, 3).Select(n => new { entryId = $"crowd{i:D3}x{n}", text = Entry(i, n) }) }, JsonSerializerOptions.Web)])
            .WaitAsync(Eventually.DefaultTimeout)));
        await Expect(board.Test("ideas-count")).ToHaveTextAsync($"{3 * People} entries from {People} people so far", new() { Timeout = 30_000 });
        await LookAsync(board, "ideas board with thirty writing");

        await steer(ActivityCommands.Reveal, null, null);
        await Expect(board.Test("ideas-board-card").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await LookAsync(board, "ideas board with ninety entries revealed");

        // Six groups of five, named; the rest on their own.
        await facilitator.WaitForViewAsync(activityId, v => v.GetProperty("items").ValueKind == JsonValueKind.Array, "the console's wall");
        var entries = facilitator.View(activityId)!.Value.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("itemId").GetString()!).ToArray();
        for (var g = 0; g < 6; g++)
        {
            var members = entries.Skip(g * 5).Take(5).ToArray();
            await steer(IdeasCommands.Group, string.Join(' ', members.Skip(1).Select(m => $"{m}@")), $"{members[0]}@");
        }

        await facilitator.WaitForViewAsync(activityId, v => v.GetProperty("groups").GetInt32() == 6, "six groups");
        var groups = facilitator.View(activityId)!.Value.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("isGroup").GetBoolean()).Select(i => i.GetProperty("itemId").GetString()!).ToArray();
        for (var g = 0; g < groups.Length; g++)
        {
            await steer(IdeasCommands.NameGroup, groups[g], $"{Starts[g]} more often");
        }

        await Expect(board.Test("ideas-board-card").Filter(new() { HasText = "more often" }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await LookAsync(board, "ideas board with six groups");

        await steer(IdeasCommands.Phase, null, "voting");
        await Task.WhenAll(phones.Select((phone, i) => phone.InvokeCoreAsync<JsonElement>("Submit",
            [activityId, Guid.NewGuid().ToString(), JsonSerializer.SerializeToElement(new { dots = new Dictionary<string, int> { [groups[i % 6]] = 2, [entries[30 + (i % 40)]] = 1 } }, JsonSerializerOptions.Web)])
            .WaitAsync(Eventually.DefaultTimeout)));
        await LookAsync(board, "ideas board while voting");

        await steer(IdeasCommands.Phase, null, "shortlist");
        await steer(IdeasCommands.Keep, groups[0], null);
        await Expect(board.Test("ideas-ranked").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await LookAsync(board, "ideas board with the shortlist");

        Assert.Empty(board.Errors);
        Assert.True(_problems.Count == 0, string.Join(Environment.NewLine, _problems));
    }

    private async Task LookAsync(Surface board, string what)
    {
        foreach (var (width, height) in Sizes)
        {
            await RoomDisplay.ResizeAsync(board, width, height);
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, $"crowded-{what.Replace(' ', '-')}-{width}.png") });
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

        await board.Page.SetViewportSizeAsync(1920, 1080);
    }
}
