using System.Text.Json.Nodes;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Grid;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// A 2×2 as a room runs it: a facilitator who names the axes (in hostile text) and takes items from an
/// earlier activity's shortlist, three phones placing items by tapping the square and with the sliders
/// (by keyboard too), and the board, in real headless Chromium against the real server. Anonymous, so
/// an item only two people placed has no position anywhere.
/// </summary>
public sealed class GridInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string XName = "<img src=x onerror=alert(1)>";
    private const string YName = "Impact <b id=injected>!</b>";
    private const string XHigh = "<i>high</i>";
    private const string TypedItem = "<script>alert(2)</script>";
    private const string ShortlistItem = "<iframe src=javascript:alert(3)>";

    // What none of the payloads may become, and that no page has of its own.
    private const string Injected = "img[src='x'], #injected, iframe, body script, i";

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions Contains = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_facilitator_three_phones_and_the_board_run_a_2x2_and_an_item_only_two_placed_shows_no_position()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        var phones = new List<Surface>();
        for (var i = 0; i < 3; i++)
        {
            phones.Add(await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true));
        }

        var dialogs = new List<string>();
        foreach (var surface in phones.Append(board).Append(console))
        {
            surface.Page.Dialog += async (_, dialog) =>
            {
                lock (dialogs) { dialogs.Add(dialog.Message); }
                await dialog.DismissAsync();
            };
        }

        await StartPage.StartWorkshopAsync(console, baseUrl, "Blue team", "Day one");
        await Expect(console.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), Wait);
        var joinCode = (await console.Test("join-code").InnerTextAsync()).Trim().Replace(" ", "");
        var boardUrl = await console.Test("board-link").GetAttributeAsync("href");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), boardUrl).ToString());
        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < phones.Count; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
        }

        // An earlier activity, whose results the test gives a shortlist (as the ideas kind will): any
        // kind whose results have a "Shortlist" section can fill a 2×2's items.
        await console.Test("kind-select").SelectOptionAsync("check-in");
        await console.Test("activity-title-input").FillAsync("Ideas we kept");
        await console.Test("add-activity").ClickAsync();
        await Expect(board.Test("activity-title")).ToHaveTextAsync("Ideas we kept", Wait);
        await console.Page.RouteAsync("**/results.json", async route =>
        {
            var response = await route.FetchAsync();
            var results = JsonNode.Parse(await response.TextAsync())!;
            var ideas = results["activities"]!.AsArray().Single(a => (string?)a!["title"] == "Ideas we kept")!;
            foreach (var item in new[] { "Pair on reviews", ShortlistItem, "fix the  BUILD" })
            {
                ideas["rows"]!.AsArray().Add(new JsonObject { ["section"] = "Shortlist", ["item"] = item, ["value"] = 3, ["people"] = 3 });
            }

            await route.FulfillAsync(new() { Response = response, Body = results.ToJsonString() });
        });

        // The facilitator sets up an anonymous 2×2 with hidden positions, naming the axes and typing one
        // item, then takes the rest from the shortlist.
        await console.Test("kind-select").SelectOptionAsync(GridKind.Name);
        await Expect(console.Test("grid-items-input")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(console, "console with the 2×2's setup fields");
        await console.Test("activity-title-input").FillAsync("Where to start");
        await console.Test("grid-x-name").FillAsync(XName);
        await console.Test("grid-x-high").FillAsync(XHigh);
        await console.Test("grid-y-name").FillAsync(YName);
        await console.Test("grid-items-input").FillAsync($"Fix the build\n{TypedItem}");
        await console.Test("grid-take-from").SelectOptionAsync(new SelectOptionValue { Label = "Ideas we kept (Check-in (one word or a 1–5 scale))" });
        await console.Test("grid-take-items").ClickAsync();
        await Expect(console.Test("grid-take-status")).ToHaveTextAsync("Took 2 items from “Ideas we kept” (1 already listed).", Wait);
        Assert.Equal($"Fix the build\n{TypedItem}\nPair on reviews\n{ShortlistItem}", await console.Test("grid-items-input").InputValueAsync());
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("show-activity")).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        await console.Test("show-activity").Nth(1).ClickAsync();
        await Expect(board.Test("activity-title")).ToHaveTextAsync("Where to start", Wait);

        // Before it opens, the board shows the square with the axes and the items, as text.
        await Expect(board.Test("grid-legend-text")).ToHaveTextAsync(["Fix the build", TypedItem, "Pair on reviews", ShortlistItem], Wait);
        await Expect(board.Page.Locator(".grid-x-name")).ToHaveTextAsync($"{XName} →", Wait);
        await Expect(board.Page.Locator(".grid-y-name")).ToHaveTextAsync($"{YName} ↑", Wait);
        await Accessibility.AssertNoViolationsAsync(board, "board before the 2×2 opens");
        await console.Test("open-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("grid-item-text")).ToHaveTextAsync(["Fix the build", TypedItem, "Pair on reviews", ShortlistItem], Wait);
            await Expect(phone.Test("grid-x").First).ToBeEnabledAsync();
        }

        await Accessibility.AssertNoViolationsAsync(phones[0], "phone before placing");

        // Ana taps the square twice: the first item near the top left, then the next one, which the
        // phone moves on to by itself.
        await Expect(phones[0].Test("grid-current")).ToHaveTextAsync("Tap to place: 1. Fix the build", Wait);
        await TapAsync(phones[0], 0.2, 0.2);
        await Expect(Item(phones[0], 0, "grid-item-state")).ToContainTextAsync("Placed:", Contains);
        await Expect(phones[0].Test("grid-current")).ToHaveTextAsync($"Tap to place: 2. {TypedItem}", Wait);
        await TapAsync(phones[0], 0.7, 0.5);
        await Expect(Item(phones[0], 1, "grid-item-state")).ToContainTextAsync("Placed:", Contains);
        await SlideAsync(phones[0], 2, 80, 85);

        // Ben uses the sliders, and reloads: his placements are still his.
        await SlideAsync(phones[1], 0, 20, 80);
        await SlideAsync(phones[1], 1, 60, 40);
        await SlideAsync(phones[1], 2, 78, 80);
        await phones[1].Page.ReloadAsync();
        await Expect(Item(phones[1], 0, "grid-item-state")).ToHaveTextAsync($"Placed: {XName} 20 (low), {YName} 80 (high)", Wait);

        // Chloé uses the keyboard only: End takes the first item's slider across to the high end, Home
        // its other one to the bottom.
        var chloe = phones[2];
        await Item(chloe, 0, "grid-x").FocusAsync();
        await chloe.Page.Keyboard.PressAsync("End");
        await Expect(Item(chloe, 0, "grid-item-state")).ToHaveTextAsync($"Placed: {XName} 100 ({XHigh}), {YName} 50 (middle)", Wait);
        await chloe.Page.Keyboard.PressAsync("Tab");
        await chloe.Page.Keyboard.PressAsync("Home");
        await Expect(Item(chloe, 0, "grid-item-state")).ToHaveTextAsync($"Placed: {XName} 100 ({XHigh}), {YName} 0 (low)", Wait);
        await Expect(Item(chloe, 0, "grid-y")).ToHaveAttributeAsync("aria-valuetext", $"{YName} 0 (low)");
        await SlideAsync(chloe, 2, 82, 82);
        await Expect(chloe.Page.Locator("#save-status")).ToHaveTextAsync("Saved", Wait);

        // Ben takes the second item off again: only Ana placed it now.
        await Item(phones[1], 1, "grid-take-off").ClickAsync();
        await Expect(Item(phones[1], 1, "grid-item-state")).ToHaveTextAsync("Not placed yet", Wait);
        await Expect(phones[1].Page.Locator("#save-status")).ToHaveTextAsync("Saved", Wait);
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone after placing");

        // While positions are hidden, the board says so and shows no mark.
        await Expect(board.Test("voted-count")).ToHaveTextAsync("3", Wait);
        await Expect(board.Test("grid-waiting")).ToHaveTextAsync("Positions stay hidden until the facilitator reveals them.", Wait);
        await Expect(board.Test("grid-mark")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(board, "board while positions are hidden");

        // The console sees the positions already, and counts; the item one person placed has neither.
        await Expect(console.Test("grid-console-people")).ToHaveTextAsync(["placed by 3 people", "placed by fewer than 3", "placed by 3 people", ""], Wait);
        await Expect(console.Test("grid-console-spread")).ToHaveTextAsync(
            [new System.Text.RegularExpressions.Regex("^spread \\d+: people placed this far apart$"), new("^fewer than 3 placed this$"), new("^spread \\d: people agree$"), new("^not placed yet$")], Wait);
        await Expect(console.Test("grid-console-place").Nth(1)).ToHaveTextAsync("");
        await Expect(console.Test("grid-console-place").Nth(2)).ToHaveTextAsync($"{XName} 80 · {YName} 82");
        await Accessibility.AssertNoViolationsAsync(console, "console with the 2×2's positions");
        await Screenshot(console, "grid-console");

        await console.Test("reveal-results").ClickAsync();
        await Expect(board.Test("grid-legend-words")).ToHaveTextAsync(
            ["people placed this far apart", "fewer than 3 placed this", "people agree", "not placed yet"], Wait);
        await Expect(board.Test("grid-mark")).ToHaveTextAsync(["1", "3"], Wait);
        await Accessibility.AssertNoViolationsAsync(board, "board with the positions");
        await Screenshot(board, "grid-board");
        foreach (var phone in phones)
        {
            await Expect(phone.Test("grid-team")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Expect(phone.Test("grid-team").Locator("[data-test=\"grid-legend-words\"]").Nth(1)).ToHaveTextAsync("fewer than 3 placed this", Wait);
        }

        await Accessibility.AssertNoViolationsAsync(phones[1], "phone with the team's positions");
        await Screenshot(phones[0], "grid-phone");

        // The board at a 1280×720 projector: the whole picture, legible from the back, no scrollbars.
        await RoomDisplay.ResizeAsync(board, 1280, 720);
        await Expect(board.Test("grid-mark")).ToHaveCountAsync(2);
        await RoomDisplay.AssertNoScrollbarsAsync(board, "2×2 board at 1280×720");
        await RoomDisplay.AssertLegibleAsync(board, "2×2 board at 1280×720", 12);

        // Closed: nothing moves any more.
        await console.Test("close-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("grid-state")).ToHaveTextAsync("The 2×2 is closed: your placements are kept as they are.", Wait);
            await Expect(phone.Test("grid-x").First).ToBeDisabledAsync();
        }

        await Accessibility.AssertNoViolationsAsync(phones[2], "phone after the 2×2 closed");

        var sessionId = new Uri(console.Page.Url).AbsolutePath.Split('/').Last();
        var session = await fixture.Server.App.Grains.GetGrain<Sessions.ISessionGrain>(sessionId).GetView().WaitAsync(TimeSpan.FromSeconds(10));
        var stored = (GridView)await fixture.Server.App.Grains.GetGrain<IGridGrain>(session.CurrentActivityId!).GetView().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(ActivityStatus.Closed, stored.Stage.Status);
        Assert.Equal(new GridAxis(XName, "low", XHigh), stored.X);
        Assert.Equal([3, null, 3, 0], stored.Positions!.Select(p => p.People));
        Assert.Equal((80, 82), (stored.Positions![2].X, stored.Positions[2].Y));

        foreach (var surface in phones.Append(board).Append(console))
        {
            Assert.Equal(0, await surface.Page.Locator(Injected).CountAsync());
            Assert.Empty(surface.Errors);
        }

        Assert.Empty(dialogs);
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    private static ILocator Item(Surface phone, int index, string part) =>
        phone.Test("grid-item").Nth(index).Locator($"[data-test=\"{part}\"]");

    /// <summary>Taps the phone's own square at a share of its width and height (from the top left).</summary>
    private static async Task TapAsync(Surface phone, double across, double down)
    {
        var square = phone.Test("grid-phone-plane");
        var box = (await square.BoundingBoxAsync())!;
        await square.TapAsync(new() { Position = new() { X = (float)(box.Width * across), Y = (float)(box.Height * down) } });
    }

    /// <summary>Sets an item's two sliders and waits until the server has the placement.</summary>
    private static async Task SlideAsync(Surface phone, int index, int x, int y)
    {
        await Item(phone, index, "grid-x").FillAsync($"{x}");
        await Item(phone, index, "grid-y").FillAsync($"{y}");
        await Expect(Item(phone, index, "grid-item-state")).ToContainTextAsync($" {x} (", Contains);
        await Expect(Item(phone, index, "grid-item-state")).ToContainTextAsync($" {y} (", Contains);
        await Expect(phone.Page.Locator("#save-status")).ToHaveTextAsync("Saved", Wait);
    }

    private async Task Screenshot(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
}
