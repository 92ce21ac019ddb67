using AntiLeadership.Live.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// A session takes only so many room displays (here two, set small for the test): one more says so on
/// its screen and gets in by itself once another is closed. Consoles and phones are not boards.
/// </summary>
public sealed class BoardCapInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_board_past_the_cap_says_so_and_connects_by_itself_once_another_closes()
    {
        await using var own = await OwnApp.StartAsync(settings => settings with { More = new Dictionary<string, string> { ["Live:Limits:BoardsPerSession"] = "2" } });
        var workshop = await Workshop.StartAsync(own.Http);
        var first = await LiveClient.ConnectAsync(own.App.BaseAddress, workshop.SessionId, null);
        await using var second = await LiveClient.ConnectAsync(own.App.BaseAddress, workshop.SessionId, null);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);

        await board.Page.GotoAsync($"{own.App.BaseAddress.ToString().TrimEnd('/')}/board/{workshop.SessionId}");
        await Expect(board.Test("error")).ToHaveTextAsync("This session already has 2 room displays open. Close one; this one will try again in 10 s.");
        await Accessibility.AssertNoViolationsAsync(board, "a board refused for the cap");
        // The facilitator's console and a phone still connect: only boards count.
        await using var console = await LiveClient.ConnectAsync(own.App.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var ana = await Workshop.JoinAsync(own.Http, workshop.JoinCode, "Ana");
        await using var phone = await LiveClient.ConnectAsync(own.App.BaseAddress, workshop.SessionId, ana.Credential);
        await first.DisposeAsync();

        await Expect(board.Test("connection-state")).ToHaveAttributeAsync("data-connection-state", "connected", new() { Timeout = 30_000 });
        await Expect(board.Test("join-code")).ToContainTextAsync(workshop.JoinCode[..4]);
        await Expect(board.Test("error")).ToBeEmptyAsync();
        Assert.NotNull(console.Session);
        Assert.NotNull(phone.Session);
        Assert.Empty(board.Errors);
    }
}
