using AntiLeadership.Live.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// The start page asks for a start key only on a server that sets one, and says in words when it is
/// missing or wrong.
/// </summary>
public sealed class StartKeyInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_start_page_asks_for_the_key_only_where_one_is_set_and_starts_the_workshop_with_it()
    {
        await using var own = await OwnApp.StartAsync(settings => settings with { More = new Dictionary<string, string> { ["Live:StartKey"] = "room 4 key" } });
        await using var open = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var guarded = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);

        await open.Page.GotoAsync(fixture.Server.App.BaseAddress.ToString());
        await guarded.Page.GotoAsync(own.App.BaseAddress.ToString());
        await Expect(guarded.Test("start-key")).ToBeVisibleAsync();
        await Expect(open.Test("start-key")).ToBeHiddenAsync();

        await guarded.Test("team-name").FillAsync("Blue team");
        await guarded.Test("session-title").FillAsync("Day one");
        await guarded.Test("start-key").FillAsync("room 5 key");
        await guarded.Test("start-workshop").ClickAsync();
        await Expect(guarded.Test("error")).ToHaveTextAsync(Web.Api.StartKey.Wrong);
        await Accessibility.AssertNoViolationsAsync(guarded, "the start page asking for its key");
        await guarded.Test("start-key").FillAsync("room 4 key");
        await guarded.Test("start-workshop").ClickAsync();
        await StartPage.WaitForConsoleAsync(guarded);

        await Expect(guarded.Test("connection-state")).ToHaveAttributeAsync("data-connection-state", "connected");
        Assert.Empty(guarded.Errors);
        Assert.Empty(open.Errors);
    }
}
