using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Rankings;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// A ranking as a room runs it: a facilitator, three phones (each builds its order a different way:
/// Add and Up from the keyboard, First, a partial order) and four more people through the hub, with
/// hostile text as a statement, the board showing the team's order with a split the average hides,
/// and a statement a proposal adds mid-vote waiting on the phones until they place it.
/// </summary>
public sealed class RankingInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Hostile = "<img src=x onerror=alert(1)> Mistakes are for learning";

    // What none of the payloads may become, and that no page has of its own.
    private const string Injected = "img[src='x'], #injected, iframe, svg[onload], body script, body style";

    private static readonly string[] Statements = ["We say what we really think", Hostile, "Everyone can lead", "We decide together"];

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_facilitator_three_phones_and_the_board_run_a_ranking_and_the_board_shows_the_split_the_average_hides()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        var phones = new List<Surface>();
        for (var i = 0; i < 3; i++)
        {
            phones.Add(await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true));
        }

        Surface[] surfaces = [console, board, .. phones];
        var dialogs = new List<string>();
        foreach (var surface in surfaces)
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
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());
        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < phones.Count; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
        }

        // The facilitator adds an anonymous ranking with hidden results and opens it.
        await console.Test("kind-select").SelectOptionAsync(RankingKind.Name);
        await Expect(console.Test("activity-title-input")).ToHaveValueAsync("What matters most to us");
        await console.Test("statements-input").FillAsync(string.Join('\n', Statements));
        await console.Test("hide-results-input").CheckAsync();
        await console.Test("allow-proposals-input").CheckAsync();
        await Accessibility.AssertNoViolationsAsync(console, "console with the ranking's setup field");
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("next-step")).ToContainTextAsync("Open ranking", new() { Timeout = 15_000 });
        await console.Test("open-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("unranked-statement")).ToHaveCountAsync(4, new() { Timeout = 15_000 });
            await Expect(phone.Test("rank-add").First).ToBeEnabledAsync();
        }

        await Expect(phones[0].Test("my-order-empty")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone before ranking");

        // Ana adds the statements in the facilitator's order, then moves the last one up twice from the
        // keyboard: the focus stays on the statement she moves.
        for (var i = 0; i < 4; i++)
        {
            await phones[0].Test("unranked-statement").First.Locator("[data-test=\"rank-add\"]").ClickAsync();
            await Expect(phones[0].Test("my-statement")).ToHaveCountAsync(i + 1);
        }

        await Expect(phones[0].Test("unranked")).ToBeHiddenAsync();
        var moveUp = phones[0].Page.GetByRole(AriaRole.Button, new() { Name = "Move 'We decide together' up", Exact = true });
        await moveUp.FocusAsync();
        await phones[0].Page.Keyboard.PressAsync("Enter");
        await Expect(MyOrder(phones[0])).ToHaveTextAsync(["We say what we really think", Hostile, "We decide together", "Everyone can lead"], Wait);
        await Expect(moveUp).ToBeFocusedAsync();
        await phones[0].Page.Keyboard.PressAsync("Enter");
        await Expect(MyOrder(phones[0])).ToHaveTextAsync(["We say what we really think", "We decide together", Hostile, "Everyone can lead"], Wait);
        await Expect(moveUp).ToBeFocusedAsync();
        await Expect(phones[0].Test("my-place")).ToHaveTextAsync(["1", "2", "3", "4"], Wait);
        // At the top, "Up" stays in reach and says why nothing moves.
        await phones[0].Page.GetByRole(AriaRole.Button, new() { Name = "Move 'We say what we really think' up", Exact = true }).ClickAsync(new() { Force = true });
        await Expect(phones[0].Test("ranking-said")).ToHaveTextAsync("'We say what we really think' is first already.", Wait);
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone with a whole order");

        // Ben puts statements first one after another, and keeps his order through a reload.
        foreach (var text in new[] { Hostile, "We decide together", "Everyone can lead", "We say what we really think" })
        {
            await phones[1].Page.GetByRole(AriaRole.Button, new() { Name = $"Put '{text}' first", Exact = true }).ClickAsync();
            await Expect(MyOrder(phones[1]).First).ToHaveTextAsync(text, Wait);
        }

        string[] bens = ["We say what we really think", "Everyone can lead", "We decide together", Hostile];
        await Expect(MyOrder(phones[1])).ToHaveTextAsync(bens, Wait);
        await phones[1].Page.ReloadAsync();
        await Expect(phones[1].Test("my-name")).ToHaveTextAsync("Ben", Wait);
        await Expect(MyOrder(phones[1])).ToHaveTextAsync(bens, Wait);

        // Chloé places only two statements; the others wait below and she is told what that means.
        await phones[2].Page.GetByRole(AriaRole.Button, new() { Name = "Add 'We decide together' to your order", Exact = true }).ClickAsync();
        await phones[2].Page.GetByRole(AriaRole.Button, new() { Name = "Add 'Everyone can lead' to your order", Exact = true }).ClickAsync();
        await Expect(MyOrder(phones[2])).ToHaveTextAsync(["We decide together", "Everyone can lead"], Wait);
        await Expect(phones[2].Test("unranked-note")).ToHaveTextAsync("These statements get no points from you until you place them.", Wait);
        await Accessibility.AssertNoViolationsAsync(phones[2], "phone with a partial order");
        await SaveAsync(phones[2], "ranking-phone-partial");
        // On a 360 px phone every button is a 44 px target and shows its whole word.
        await phones[2].Page.SetViewportSizeAsync(360, 740);
        var cramped = await phones[2].Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.rk-button')].filter(b => b.getBoundingClientRect().width < 44 || b.getBoundingClientRect().height < 44 || b.scrollWidth > b.clientWidth).map(b => b.getAttribute('aria-label'))");
        Assert.Empty(cramped);
        await phones[2].Page.SetViewportSizeAsync(Surface.Phone.Width, Surface.Phone.Height);

        // Four more people rank through the hub: three put "We say what we really think" first, as Ana
        // and Ben did, three put it last.
        var activityId = await CurrentActivityAsync(console);
        var hub = new List<HubConnection>();
        foreach (var (name, order) in new[]
        {
            ("Dan", new[] { "s1", "s2", "s3", "s4" }),
            ("Eve", new[] { "s2", "s3", "s4", "s1" }),
            ("Finn", new[] { "s3", "s2", "s4", "s1" }),
            ("Gus", new[] { "s4", "s2", "s3", "s1" }),
        })
        {
            var joined = await Workshop.JoinAsync(fixture.Server.Http, joinCode, name);
            var connection = WorkshopHubConnection.Build(fixture.Server.App.BaseAddress, joined.SessionId, joined.Credential);
            await connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
            hub.Add(connection);
            var receipt = await connection.InvokeAsync<JsonElement>("Submit", activityId, Guid.NewGuid().ToString(), new { order }).WaitAsync(Eventually.DefaultTimeout);
            Assert.True(receipt.GetProperty("accepted").GetBoolean(), receipt.GetRawText());
        }

        // While hidden, the board shows what the room ranks and how many have, never an order.
        await Expect(board.Test("voted-count")).ToHaveTextAsync("7", Wait);
        await Expect(board.Test("board-statement")).ToHaveTextAsync(Statements, Wait);
        await Expect(board.Test("ranking-waiting")).ToHaveTextAsync("Results stay hidden until the facilitator reveals them.", Wait);
        await Expect(board.Test("team-row")).ToHaveCountAsync(0);
        await Expect(console.Test("team-row")).ToHaveCountAsync(4, new() { Timeout = 15_000 });
        await SaveAsync(board, "ranking-board-hidden");
        await Accessibility.AssertNoViolationsAsync(board, "board while the ranking is hidden");
        await Accessibility.AssertNoViolationsAsync(console, "console during the ranking");

        // Reveal. Points: "Everyone can lead" 11, "We decide together" 11, the hostile one 10, "We say
        // what we really think" 9 — last, though it is the room's sharpest split: three first, three last.
        await console.Test("reveal-results").ClickAsync();
        await Expect(board.Test("team-text")).ToHaveTextAsync(["Everyone can lead", "We decide together", Hostile, "We say what we really think"], Wait);
        await Expect(board.Test("team-rank")).ToHaveTextAsync(["1", "1", "3", "4"], Wait);
        await Expect(board.Test("team-points")).ToHaveTextAsync(["11 points", "11 points", "10 points", "9 points"], Wait);
        await Expect(board.Test("team-place").Last).ToHaveTextAsync("average place 2.5", Wait);
        var divided = board.Test("team-row").Filter(new() { HasText = "We say what we really think" });
        await Expect(divided.Locator("[data-test=\"team-split\"]")).ToHaveTextAsync("Split: two camps", Wait);
        await Expect(divided.Locator("[data-test=\"team-spread\"]")).ToHaveTextAsync("Far apart", Wait);
        await Expect(divided.Locator(".rk-step")).ToHaveTextAsync(["bottom third (place 4): 3 people", "middle third (places 2–3): 0 people", "top third (place 1): 3 people"], Wait);
        // Anonymous: one person put the hostile statement first and one last, so no step stands alone.
        var few = board.Test("team-row").Filter(new() { HasText = Hostile });
        await Expect(few.Locator(".rk-step")).ToHaveTextAsync(["bottom third (place 4) – top third (place 1): 6 people"], Wait);
        await Expect(board.Test("team-split").Filter(new() { Visible = true })).ToHaveCountAsync(1);
        await RoomDisplay.AssertNoScrollbarsAsync(board, "board with the team's order");
        await RoomDisplay.AssertLegibleAsync(board, "board with the team's order", 12);
        await Accessibility.AssertNoViolationsAsync(board, "board with the team's order");
        await SaveAsync(board, "ranking-board");
        await Expect(phones[2].Test("ranking-results")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(phones[2].Test("ranking-results").Locator("[data-test=\"team-text\"]").First).ToHaveTextAsync("Everyone can lead", Wait);
        await Accessibility.AssertNoViolationsAsync(phones[2], "phone with the team's order");

        // The facilitator steps the board to "Where we disagree": the split statement leads it.
        await console.Test("show-disagreement").ClickAsync();
        await Expect(board.Test("disagreement-text").First).ToHaveTextAsync("We say what we really think", Wait);
        await Accessibility.AssertNoViolationsAsync(board, "board showing where the team disagrees");
        await console.Test("show-results").ClickAsync();
        await Expect(board.Test("team-row")).ToHaveCountAsync(4, new() { Timeout = 15_000 });

        // Chloé proposes a statement; the facilitator accepts it. It reaches every phone below the order,
        // for Ana to place, and the board lists it with no points yet.
        await phones[2].Test("propose-input").FillAsync("We finish what we start");
        await phones[2].Test("propose-submit").ClickAsync();
        await Expect(console.Test("proposal-text")).ToHaveTextAsync("We finish what we start", Wait);
        await console.Test("accept-proposal").ClickAsync();
        await Expect(phones[0].Test("unranked-statement")).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("We finish what we start")], Wait);
        await Expect(phones[0].Test("unranked-note")).ToHaveTextAsync("This statement gets no points from you until you place it.", Wait);
        await Expect(board.Test("team-row").Last.Locator("[data-test=\"team-place\"]")).ToHaveTextAsync("not ranked yet", Wait);
        await phones[0].Page.GetByRole(AriaRole.Button, new() { Name = "Put 'We finish what we start' first", Exact = true }).ClickAsync();
        await Expect(MyOrder(phones[0]).First).ToHaveTextAsync("We finish what we start", Wait);
        // One person ranked it, in an anonymous ranking: the board gives it no number and no rank.
        var alone = board.Test("team-row").Filter(new() { HasText = "We finish what we start" });
        await Expect(alone.Locator("[data-test=\"team-points\"]")).ToHaveTextAsync("fewer than 3 ranked it", Wait);
        await Expect(alone.Locator("[data-test=\"team-rank\"]")).ToHaveTextAsync("–", Wait);
        await SaveAsync(phones[0], "ranking-phone");

        // Closing: nothing moves any more.
        await console.Test("close-voting").ClickAsync();
        foreach (var phone in phones)
        {
            await Expect(phone.Test("ranking-hint")).ToHaveTextAsync("Ranking is closed: your order is kept as it is.", Wait);
            await Expect(phone.Test("rank-down").First).ToBeDisabledAsync();
        }

        await Accessibility.AssertNoViolationsAsync(phones[0], "phone after the ranking closed");
        await Accessibility.AssertNoViolationsAsync(board, "board after the ranking closed");
        await Accessibility.AssertNoViolationsAsync(console, "console after the ranking closed");
        await SaveAsync(console, "ranking-console");

        var grain = fixture.Server.App.Grains.GetGrain<IRankingGrain>(activityId);
        var stored = (RankingView)await grain.GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(ActivityStatus.Closed, stored.Stage.Status);
        Assert.Equal(7, stored.Stage.Contributors);
        Assert.Equal(["s5", "s1", "s4", "s2", "s3"], ((RankingBallot)await grain.GetContribution(await ParticipantPage.ParticipantIdAsync(phones[0], await TeamIdAsync(console))).WaitAsync(Eventually.DefaultTimeout)).Order);
        foreach (var surface in surfaces)
        {
            Assert.Equal(0, await surface.Page.Locator(Injected).CountAsync());
            Assert.Empty(surface.Errors);
        }

        Assert.Empty(dialogs);
        foreach (var connection in hub)
        {
            await connection.DisposeAsync().AsTask().WaitAsync(Eventually.DefaultTimeout);
        }

        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public async Task Thirty_long_statements_ranked_by_thirty_people_fit_the_board_legibly_at_both_room_display_sizes()
    {
        string[] themes = ["we say what we really think, even to those who decide our pay", "mistakes are for learning and we talk about them openly",
            "whoever knows most about a problem takes the lead on it", "we decide together and then all of us carry the decision",
            "we finish what we start before we start something new", "newcomers get real work and a buddy in their first week"];
        var statements = Enumerable.Range(0, 30).Select(k => $"{k + 1}. {char.ToUpperInvariant(themes[k % 6][0])}{themes[k % 6][1..]} (team {k / 6 + 1})").ToArray();
        var workshop = await Workshop.StartAsync(fixture.Server.Http, "Platform team", "Quarterly planning day");
        await using var facilitator = await LiveClient.ConnectAsync(fixture.Server.App.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), RankingKind.Name,
            JsonSerializer.SerializeToElement(new { title = "What matters most next quarter", statements, hideResultsUntilRevealed = true, anonymous = true }, JsonSerializerOptions.Web));
        await facilitator.InvokeAsync("ShowActivity", activityId);
        await facilitator.SteerAsync(activityId, ActivityCommands.Open);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        await board.Page.GotoAsync($"{fixture.Server.App.BaseAddress.ToString().TrimEnd('/')}/board/{workshop.SessionId}");
        var people = new List<HubConnection>();
        try
        {
            for (var i = 0; i < 30; i++)
            {
                var joined = await Workshop.JoinAsync(fixture.Server.Http, workshop.JoinCode, $"Person {i + 1}");
                var connection = WorkshopHubConnection.Build(fixture.Server.App.BaseAddress, joined.SessionId, joined.Credential);
                await connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
                people.Add(connection);
                // Twenty lean one way (a rotation of the first ten first), ten the other: a room with views.
                var order = Enumerable.Range(0, 30).Select(k => i < 20 ? (k + i % 10) % 30 : 29 - (k + i) % 30).Select(k => $"s{k + 1}").ToArray();
                var receipt = await connection.InvokeAsync<JsonElement>("Submit", activityId, Guid.NewGuid().ToString(), new { order }).WaitAsync(Eventually.DefaultTimeout);
                Assert.True(receipt.GetProperty("accepted").GetBoolean(), receipt.GetRawText());
            }

            await Expect(board.Test("voted-count")).ToHaveTextAsync("30", new() { Timeout = 30_000 });
            await LookAtBoardAsync(board, "ranking-crowded-hidden");
            await facilitator.SteerAsync(activityId, ActivityCommands.Reveal);
            await Expect(board.Test("team-row")).ToHaveCountAsync(30, new() { Timeout = 30_000 });
            await LookAtBoardAsync(board, "ranking-crowded");
            Assert.Empty(board.Errors);
        }
        finally
        {
            foreach (var connection in people)
            {
                await connection.DisposeAsync().AsTask().WaitAsync(Eventually.DefaultTimeout);
            }
        }
    }

    private async Task LookAtBoardAsync(Surface board, string name)
    {
        foreach (var (width, height) in new[] { (1920, 1080), (1280, 720) })
        {
            await RoomDisplay.ResizeAsync(board, width, height);
            await board.Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}-{width}.png") });
            await RoomDisplay.AssertNoScrollbarsAsync(board, $"{name} board at {width}×{height}");
            await RoomDisplay.AssertLegibleAsync(board, $"{name} board at {width}×{height}", 12);
            await Accessibility.AssertNoViolationsAsync(board, $"{name} board at {width}×{height}");
        }

        await board.Page.SetViewportSizeAsync(1920, 1080);
    }

    private static ILocator MyOrder(Surface phone) => phone.Test("my-statement").Locator("[data-test=\"statement-text\"]");

    private async Task<string> CurrentActivityAsync(Surface console)
    {
        var session = await fixture.Server.App.Grains.GetGrain<Sessions.ISessionGrain>(new Uri(console.Page.Url).AbsolutePath.Split('/').Last())
            .GetView().WaitAsync(Eventually.DefaultTimeout);
        return session.CurrentActivityId!;
    }

    private async Task<string> TeamIdAsync(Surface console)
    {
        var session = await fixture.Server.App.Grains.GetGrain<Sessions.ISessionGrain>(new Uri(console.Page.Url).AbsolutePath.Split('/').Last())
            .GetView().WaitAsync(Eventually.DefaultTimeout);
        return session.TeamId;
    }

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
}
