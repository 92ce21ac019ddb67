using AntiLeadership.Live.Activities.Points;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// An anonymous 100-points vote as a room runs it: a facilitator, three phones and the board in real
/// headless Chromium against the real server, with hostile text as a statement, one phone driven by the
/// keyboard alone, a statement proposed and accepted mid-vote, and three more voters through the hub so
/// the room can split into two camps of three.
/// </summary>
public sealed class PointsInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Hostile = "<img src=x onerror=alert(1)> We decide together";

    private const string Injected = "img[src='x'], body script";

    private static readonly string[] Statements = ["We say what we really think", "Mistakes are for learning", "Everyone can lead", Hostile];

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_facilitator_three_phones_and_the_board_run_a_points_vote_that_shows_where_the_room_splits()
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
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());
        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < phones.Count; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
        }

        // The facilitator picks the 100-points vote, types the statements (one hostile), tens, hidden results.
        await console.Test("kind-select").SelectOptionAsync(PointsKind.Name);
        await Expect(console.Test("points-step-10")).ToBeCheckedAsync();
        await Accessibility.AssertNoViolationsAsync(console, "console with the points vote's setup fields");
        await console.Test("statements-input").FillAsync(string.Join("\n", Statements));
        await console.Test("points-step-5").CheckAsync();
        await console.Test("points-step-10").CheckAsync();
        await console.Test("hide-results-input").CheckAsync();
        await console.Test("add-activity").ClickAsync();
        await Expect(board.Test("board-statement")).ToHaveTextAsync(Statements, Wait);
        await console.Test("open-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("statement-text")).ToHaveTextAsync(Statements, Wait);
            await Expect(phone.Test("points-left")).ToHaveTextAsync("100 points left of 100", Wait);
        }

        await Expect(phones[0].Test("give-points").First).ToHaveAttributeAsync("aria-label", "Give 10 points to: We say what we really think");
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone before giving points");

        // Ana gives all her points; one more "+" is refused in words and changes nothing.
        await GiveAsync(phones[0], 0, 5);
        await GiveAsync(phones[0], 1, 5);
        await Expect(phones[0].Test("points-left")).ToHaveTextAsync("0 points left of 100", Wait);
        await Expect(phones[0].Test("points-hint")).ToContainTextAsync("take them off a statement first", new() { Timeout = 15_000 });
        await phones[0].Test("give-points").Nth(2).ClickAsync(new() { Force = true });
        await Expect(phones[0].Test("error")).ToHaveTextAsync("All 100 points are given: take some from another statement first (−).", Wait);
        await Expect(Given(phones[0], 2)).ToHaveTextAsync("0", Wait);
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone with every point given");

        // Ben uses the keyboard only: Enter and Space on the focused buttons, which keep their focus.
        var give = phones[1].Test("give-points").First;
        await give.FocusAsync();
        for (var i = 1; i <= 5; i++)
        {
            await phones[1].Page.Keyboard.PressAsync(i % 2 == 0 ? " " : "Enter");
            await Expect(Given(phones[1], 0)).ToHaveTextAsync($"{i * 10}", Wait);
        }

        // Meanwhile Chloé proposes a statement and the facilitator puts it on the ballot: a fifth card
        // arrives on every phone, and Ben's button keeps its focus.
        await console.Test("allow-proposals-toggle").ClickAsync(); // steered: checked once the server says so
        await Expect(console.Test("allow-proposals-toggle")).ToBeCheckedAsync();
        await Expect(phones[2].Test("propose-input")).ToBeVisibleAsync();
        await phones[2].Test("propose-input").FillAsync("We finish what we start");
        await phones[2].Test("propose-submit").ClickAsync();
        await console.Test("accept-proposal").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("statement-text")).ToHaveTextAsync([.. Statements, "We finish what we start"], Wait);
        }

        Assert.True(await give.EvaluateAsync<bool>("button => button === document.activeElement"));
        await Expect(Given(phones[1], 0)).ToHaveTextAsync("50", Wait);
        await phones[1].Test("give-points").Nth(3).FocusAsync();
        await phones[1].Page.Keyboard.PressAsync("Enter");
        await phones[1].Page.Keyboard.PressAsync("Enter");
        await phones[1].Page.Keyboard.PressAsync("Enter");
        await Expect(Given(phones[1], 3)).ToHaveTextAsync("30", Wait);
        await phones[1].Test("take-points").Nth(3).FocusAsync();
        await phones[1].Page.Keyboard.PressAsync("Enter");
        await Expect(Given(phones[1], 3)).ToHaveTextAsync("20", Wait);
        await Expect(phones[1].Test("points-left")).ToHaveTextAsync("30 points left of 100", Wait);

        await GiveAsync(phones[2], 0, 6);
        await GiveAsync(phones[2], 3, 4);

        // Three more people vote from their own phones (through the hub), for the other camp.
        foreach (var name in new[] { "Dev", "Eli", "Fay" })
        {
            var joined = await Workshop.JoinAsync(fixture.Server.Http, joinCode, name);
            await using var hub = WorkshopHubConnection.Build(fixture.Server.App.BaseAddress, joined.SessionId, joined.Credential);
            await hub.StartAsync().WaitAsync(Eventually.DefaultTimeout);
            var activityId = (await fixture.Server.App.Grains.GetGrain<Sessions.ISessionGrain>(sessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).CurrentActivityId;
            var answer = await hub.InvokeAsync<System.Text.Json.JsonElement>("Submit", activityId, Guid.NewGuid().ToString(), new { points = new { s2 = 60, s3 = 40 } }).WaitAsync(Eventually.DefaultTimeout);
            Assert.True(answer.GetProperty("accepted").GetBoolean());
        }

        // Hidden: the board shows the statements (the hostile one as text) and how many voted, no points.
        await Expect(board.Test("voted-count")).ToHaveTextAsync("6", Wait);
        await Expect(board.Test("points-row")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(board, "board while points are hidden");
        await SaveAsync(board, "points-board-hidden");

        await console.Test("reveal-results").ClickAsync();

        // Revealed: ranked by points; a group of one or two (who gave points, or who gave none) has no
        // number; a room in two camps is marked in words.
        await Expect(board.Test("points-text")).ToHaveTextAsync(["Mistakes are for learning", "We say what we really think", "Everyone can lead", Hostile, "We finish what we start"], Wait);
        await Expect(board.Test("points-total")).ToHaveTextAsync(["230", "160", "120", "60", "0"], Wait);
        await Expect(board.Test("points-people")).ToHaveTextAsync(["from all but 1–2 people", "from 3 people", "from 3 people", "from fewer than 3 people", "from nobody yet"], Wait);
        var split = board.Test("points-row").Nth(1);
        await Expect(split.Locator("[data-test=\"points-split\"]")).ToHaveTextAsync("Split: two camps", Wait);
        await Expect(split.Locator("[data-test=\"points-spread\"]")).ToHaveTextAsync("Spread 100 of 100: far apart", Wait);
        await Expect(split.Locator("[data-test=\"points-step\"]")).ToHaveTextAsync(["0: 3", "10: 0", "20–30: 0", "40: 0", "50+: 3"], Wait);
        // "Everyone can lead" splits too (three gave it 40, three nothing); four of six giving
        // "Mistakes are for learning" half their points is a majority, not two camps.
        await Expect(board.Test("points-row").Nth(2).Locator("[data-test=\"points-split\"]")).ToBeVisibleAsync();
        await Expect(board.Test("points-row").First.Locator("[data-test=\"points-split\"]")).ToBeHiddenAsync();
        await Expect(board.Test("points-split").Filter(new() { Visible = true })).ToHaveCountAsync(2);
        await Expect(board.Test("points-row").Nth(3).Locator("[data-test=\"points-step\"]")).ToHaveTextAsync(["0–100: 6"], Wait); // steps of one or two are put together
        await Expect(board.Test("points-board-summary")).ToHaveTextAsync("6 people · 570 of 600 points given", Wait);
        await Expect(phones[2].Test("points-results")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(phones[2].Test("points-text").First).ToHaveTextAsync("Mistakes are for learning", Wait);
        await Expect(console.Test("points-total")).ToHaveTextAsync(["230", "160", "120", "60", "0"], Wait);
        await Expect(console.Test("points-text").Nth(3)).ToHaveTextAsync(Hostile, Wait);
        await Expect(phones[2].Test("points-text").Nth(3)).ToHaveTextAsync(Hostile, Wait);
        await Accessibility.AssertNoViolationsAsync(board, "board with the ranked points");
        await Accessibility.AssertNoViolationsAsync(phones[2], "phone with the team's results");
        await Accessibility.AssertNoViolationsAsync(console, "console with the ranked points");
        await RoomDisplay.AssertNoScrollbarsAsync(board, "board with the ranked points");

        // Closed: nothing more can be given.
        await console.Test("close-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("give-points").First).ToBeDisabledAsync(new() { Timeout = 15_000 });
        }

        await Accessibility.AssertNoViolationsAsync(phones[1], "phone after voting closed");
        await SaveAsync(board, "points-board");
        await SaveAsync(phones[1], "points-phone");
        await SaveAsync(console, "points-console");

        var stored = (PointsView)await fixture.Server.App.Grains.GetGrain<IPointsGrain>(
            (await fixture.Server.App.Grains.GetGrain<Sessions.ISessionGrain>(sessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).CurrentActivityId!).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal([160, 230, 120, 60, 0], stored.Totals!.Select(t => t.Points));
        Assert.Equal(ActivityStatus.Closed, stored.Stage.Status);
        foreach (var surface in phones.Append(board).Append(console))
        {
            Assert.Equal(0, await surface.Page.Locator(Injected).CountAsync());
            Assert.Empty(surface.Errors);
        }

        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    private static ILocator Given(Surface phone, int statement) =>
        phone.Test("statement").Nth(statement).Locator("[data-test=\"points-given\"]");

    private static async Task GiveAsync(Surface phone, int statement, int taps)
    {
        var given = Given(phone, statement);
        for (var i = 0; i < taps; i++)
        {
            var before = int.Parse(await given.InnerTextAsync());
            await phone.Test("statement").Nth(statement).Locator("[data-test=\"give-points\"]").ClickAsync();
            await Expect(given).ToHaveTextAsync($"{before + 10}", Wait);
        }
    }

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
}
