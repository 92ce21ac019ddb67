using AntiLeadership.Live.Activities.Ideas;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Ideas as a room runs them, in real headless Chromium against the real server: a facilitator, three
/// phones and the board go through writing, the reveal, grouping (ticking, dragging, and tapping on a
/// phone), setting an entry aside, the vote and keeping the top one for the plan. Hostile text as the
/// prompt, entries and a group's name shows as text everywhere; every surface is axe-clean.
/// </summary>
public sealed class IdeasInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Prompt = "What should we <b>start</b> doing?";
    private const string Pairing = "Pair on <b>hard</b> bugs";
    private const string PairingToo = "Pair on hard bugs together";
    private const string Standups = "Shorter stand-ups";
    private const string Image = "<img src=x onerror=alert(1)>";
    private const string Script = "<script>alert(1)</script> demos on Friday";
    private const string GroupName = "Pairing <i>more</i>";

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToHaveCountOptions WaitCount = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToContainTextOptions WaitContains = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_facilitator_three_phones_and_the_board_write_reveal_group_vote_and_keep_the_top_idea_for_the_plan()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        var phones = new List<Surface>();
        for (var i = 0; i < 3; i++)
        {
            phones.Add(await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true));
        }

        await StartPage.StartWorkshopAsync(console, baseUrl, "Blue team", "Retrospective");
        await Expect(console.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), Wait);
        var joinCode = (await console.Test("join-code").InnerTextAsync()).Trim().Replace(" ", "");
        var boardUrl = await console.Test("board-link").GetAttributeAsync("href");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), boardUrl).ToString());
        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < phones.Count; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
        }

        // The facilitator adds ideas: hostile text as the prompt, phones allowed to group.
        await console.Test("kind-select").SelectOptionAsync(IdeasKind.Name);
        await Expect(console.Test("ideas-prompt-input")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(console, "console with the ideas' setup fields");
        await console.Test("activity-title-input").FillAsync("Start, stop, continue");
        await console.Test("ideas-prompt-input").FillAsync(Prompt);
        await console.Test("ideas-phones-group-input").CheckAsync();
        await console.Test("add-activity").ClickAsync();
        await Expect(board.Test("ideas-prompt")).ToHaveTextAsync(Prompt, Wait);
        Assert.Equal(0, await board.Test("ideas-prompt").Locator("b").CountAsync());
        await console.Test("open-voting").ClickAsync();
        await Expect(console.Test("next-step")).ToHaveTextAsync("Next step: Reveal the entries.", Wait);

        // Private writing: each phone sees its own entries only, the board only how many there are.
        await WriteAsync(phones[0], Pairing);
        await WriteAsync(phones[0], Image);
        await WriteAsync(phones[1], PairingToo);
        await WriteAsync(phones[1], Standups);
        await WriteAsync(phones[2], Script);
        await Expect(phones[0].Test("ideas-own-entry")).ToHaveCountAsync(2);
        await Expect(phones[1].Test("ideas-own-text")).ToHaveTextAsync(new[] { PairingToo, Standups }, Wait);
        await Expect(board.Test("ideas-count")).ToHaveTextAsync("5 entries from 3 people so far", Wait);
        foreach (var surface in phones.Skip(1).Append(board).Append(console))
        {
            Assert.DoesNotContain("hard</b> bugs", await surface.Page.ContentAsync());
        }

        await Accessibility.AssertNoViolationsAsync(phones[0], "phone while writing");
        await Accessibility.AssertNoViolationsAsync(board, "board while writing");
        await Accessibility.AssertNoViolationsAsync(console, "console while writing");
        await SaveAsync(phones[0], "ideas-phone-writing");
        await SaveAsync(board, "ideas-board-writing");

        // The reveal: everyone reads every entry, hostile ones as text.
        await console.Test("reveal-results").ClickAsync();
        await Expect(board.Test("ideas-board-card")).ToHaveCountAsync(5, WaitCount);
        await Expect(board.Test("ideas-entry").Filter(new() { HasText = Image })).ToHaveCountAsync(1);
        await Expect(phones[2].Test("ideas-pick")).ToHaveCountAsync(5, WaitCount);
        await AssertNoMarkupFromTextAsync(board);
        await Expect(console.Test("next-step")).ToHaveTextAsync("Next step: Start the vote when the groups are ready.", Wait);

        // Grouping on the console by ticking: the two pairing entries become a group, which gets a name.
        await Tick(console, Pairing).CheckAsync();
        await Tick(console, PairingToo).CheckAsync();
        await console.Test("ideas-new-group").ClickAsync();
        await Expect(console.Test("ideas-group")).ToHaveCountAsync(1, WaitCount);
        await console.Test("ideas-group-name-input").FillAsync(GroupName);
        await console.Test("ideas-name-group").ClickAsync();
        await Expect(board.Test("ideas-board-card").Filter(new() { HasText = GroupName })).ToHaveCountAsync(1, WaitCount);

        // Setting the script entry aside: off the board, and its author is told.
        await console.Test("ideas-entry").Filter(new() { HasText = Script }).Locator("[data-test=\"ideas-set-aside\"]").ClickAsync();
        await Expect(board.Test("ideas-entry").Filter(new() { HasText = "demos on Friday" })).ToHaveCountAsync(0, WaitCount);
        await Expect(phones[2].Test("ideas-set-aside")).ToHaveTextAsync("The facilitator has set this one aside.", Wait);
        await Expect(phones[0].Test("ideas-set-aside")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(phones[2], "phone told an entry was set aside");

        // Dragging: the stand-ups entry onto "New group", then the image entry into that group.
        await DragAsync(console, Standups, console.Test("ideas-drop-new"));
        await Expect(console.Test("ideas-group")).ToHaveCountAsync(2, WaitCount);
        var second = console.Page.Locator(".ideas-group-list").Filter(new() { HasText = Standups });
        await DragAsync(console, Image, second);
        await Expect(second.Locator("[data-test=\"ideas-entry\"]")).ToHaveCountAsync(2, WaitCount);
        await Accessibility.AssertNoViolationsAsync(console, "console with the grouping wall");
        await SaveAsync(console, "ideas-console-grouping");

        // A phone groups by tapping: the image entry goes back with the pairing group.
        await phones[1].Test("ideas-pick").Filter(new() { HasText = Image }).ClickAsync();
        await phones[1].Test("ideas-item").Filter(new() { HasText = GroupName }).Locator("[data-test=\"ideas-same-as\"]").ClickAsync();
        await Expect(board.Test("ideas-board-card").Filter(new() { HasText = GroupName }).Locator("[data-test=\"ideas-entry\"]")).ToHaveCountAsync(3, WaitCount);
        await Expect(board.Test("ideas-board-card")).ToHaveCountAsync(2, WaitCount);
        await Accessibility.AssertNoViolationsAsync(phones[1], "phone while grouping");
        await Accessibility.AssertNoViolationsAsync(board, "board while grouping");
        await SaveAsync(board, "ideas-board-grouping");
        await SaveAsync(phones[1], "ideas-phone-grouping");

        // The vote: the pairing group gets four dots, stand-ups two; the room sees no count meanwhile.
        await console.Test("ideas-start-voting").ClickAsync();
        await Expect(phones[0].Test("ideas-dots-left")).ToHaveTextAsync("3 of 3 dots left", Wait);
        await DotAsync(phones[0], GroupName, 2);
        await DotAsync(phones[1], GroupName, 1);
        await DotAsync(phones[1], Standups, 1);
        await DotAsync(phones[2], GroupName, 1);
        await DotAsync(phones[2], Standups, 1);
        await Expect(console.Test("ideas-vote").Filter(new() { HasText = GroupName }).Locator("[data-test=\"ideas-vote-dots\"]")).ToHaveTextAsync("4 dots from 3 people", Wait);
        Assert.DoesNotContain("4 dots", await board.Page.ContentAsync());
        await Accessibility.AssertNoViolationsAsync(phones[0], "phone while voting");
        await SaveAsync(phones[0], "ideas-phone-voting");

        // The shortlist: the facilitator keeps the top item for the team's plan.
        await console.Test("ideas-show-shortlist").ClickAsync();
        await Expect(board.Test("ideas-ranked")).ToHaveCountAsync(2, WaitCount);
        await Expect(board.Test("ideas-ranked").First).ToContainTextAsync(GroupName, WaitContains);
        await console.Test("ideas-ranked").Filter(new() { HasText = GroupName }).Locator("[data-test=\"ideas-keep\"]").ClickAsync();
        await Expect(board.Test("ideas-ranked").First).ToContainTextAsync("Kept for our plan", WaitContains);
        await Expect(phones[2].Test("ideas-ranked").First).ToContainTextAsync("Kept for our plan", WaitContains);
        await AssertNoMarkupFromTextAsync(board);
        await Accessibility.AssertNoViolationsAsync(board, "board with the shortlist");
        await Accessibility.AssertNoViolationsAsync(console, "console with the shortlist");
        await Accessibility.AssertNoViolationsAsync(phones[2], "phone with the shortlist");
        await SaveAsync(board, "ideas-board-shortlist");
        await SaveAsync(console, "ideas-console-shortlist");

        var sessionId = new Uri(console.Page.Url).AbsolutePath.Split('/').Last();
        var session = await fixture.Server.App.Grains.GetGrain<ISessionGrain>(sessionId).GetView().WaitAsync(TimeSpan.FromSeconds(10));
        var kept = await fixture.Server.App.Grains.GetGrain<ITeamShortlistGrain>(session.TeamId).GetShortlist().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([GroupName], kept.Select(k => k.Text));
        foreach (var surface in phones.Append(board).Append(console))
        {
            await AssertNoMarkupFromTextAsync(surface);
            Assert.Empty(surface.Errors);
        }

        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    private static ILocator Tick(Surface console, string text) =>
        console.Test("ideas-entry").Filter(new() { HasText = text }).Locator("[data-test=\"ideas-pick\"]");

    /// <summary>
    /// Drags an entry with the mouse onto a list, holding it there until the library has put it in (it
    /// follows the pointer as the room would see), then lets go.
    /// </summary>
    private static async Task DragAsync(Surface console, string text, ILocator target)
    {
        await console.Test("ideas-entry").Filter(new() { HasText = text }).Locator(".ideas-grip").HoverAsync();
        await console.Page.Mouse.DownAsync();
        var arrived = target.Locator("[data-test=\"ideas-entry\"]").Filter(new() { HasText = text });

        // The library puts the entry in when the pointer crosses into the list; on a busy machine one
        // move may land before it has noticed the drag began, so the pointer moves on within the list
        // (top, bottom, middle) until the entry is there, as a person would wiggle it.
        foreach (var along in new[] { 0.5f, 0.25f, 0.85f, 0.5f })
        {
            var box = (await target.BoundingBoxAsync())!;
            await console.Page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height * along), new() { Steps = 12 });
            try
            {
                await Expect(arrived).ToHaveCountAsync(1, new() { Timeout = 3_000 });
                break;
            }
            catch (PlaywrightException)
            {
                // Not in yet: move on.
            }
        }

        await Expect(arrived).ToHaveCountAsync(1, WaitCount);
        await console.Page.Mouse.UpAsync();
    }

    private static async Task WriteAsync(Surface phone, string text)
    {
        var before = await phone.Test("ideas-own-entry").CountAsync();
        await phone.Test("ideas-text").FillAsync(text);
        await phone.Test("ideas-send").ClickAsync();
        await Expect(phone.Test("ideas-own-entry")).ToHaveCountAsync(before + 1, WaitCount);
        await Expect(phone.Page.Locator("#save-status")).ToHaveTextAsync("Saved", Wait);
    }

    private static async Task DotAsync(Surface phone, string on, int dots)
    {
        var item = phone.Test("ideas-item").Filter(new() { HasText = on });
        for (var i = 0; i < dots; i++)
        {
            var before = int.Parse((await item.Locator("[data-test=\"ideas-dot-count\"]").InnerTextAsync()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0]);
            await item.Locator("[data-test=\"ideas-add-dot\"]").ClickAsync();
            await Expect(item.Locator("[data-test=\"ideas-dot-count\"]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{before + 1}"), Wait);
        }

        await Expect(phone.Page.Locator("#save-status")).ToHaveTextAsync("Saved", Wait);
    }

    /// <summary>None of the hostile texts turned into markup: no image, script, bold or italic element came from them.</summary>
    private static async Task AssertNoMarkupFromTextAsync(Surface surface)
    {
        Assert.Equal(0, await surface.Page.Locator("img[src=x]").CountAsync());
        Assert.Equal(0, await surface.Page.Locator("main script, #board-body script, b, i").CountAsync());
    }

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
}
