using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Starting a workshop from the start page as a facilitator does, and landing on its console. When the
/// console does not open, the failure says what the start page showed (its error or status line), so a
/// refused start is told apart from a slow one.
/// </summary>
public static class StartPage
{
    // A ceiling, not the usual wait: a start (several durable writes) takes well under a second even on a CI
    // machine running two test classes side by side; the two failures seen here were a missed navigation
    // event (below), not a slow start.
    private static readonly TimeSpan ConsolePatience = TimeSpan.FromSeconds(30);

    private static readonly Regex ConsoleAddress = new("/facilitator/[^/#?]+");

    /// <summary>Opens the start page, fills it in and starts the workshop; returns once the console is there.</summary>
    public static async Task StartWorkshopAsync(Surface facilitator, string baseUrl, string teamName, string title)
    {
        await facilitator.Page.GotoAsync(baseUrl + "/");
        await SubmitAsync(facilitator, teamName, title);
    }

    /// <summary>Fills in the start page already open and starts the workshop; returns once the console is there.</summary>
    public static async Task SubmitAsync(Surface facilitator, string teamName, string title)
    {
        await facilitator.Test("team-name").FillAsync(teamName);
        await facilitator.Test("session-title").FillAsync(title);
        await facilitator.Test("start-workshop").ClickAsync();
        await WaitForConsoleAsync(facilitator);
    }

    /// <summary>Waits for the start page to hand over to the facilitator console.</summary>
    public static async Task WaitForConsoleAsync(Surface facilitator)
    {
        try
        {
            // The address is polled, not awaited as a navigation event: a CI run found the console open at its
            // address while WaitForURLAsync, called as the start page's click was still being answered, waited
            // out its whole timeout for a navigation it had missed. Callers then wait for the console's content.
            await Assertions.Expect(facilitator.Page).ToHaveURLAsync(ConsoleAddress, new PageAssertionsToHaveURLOptions
            {
                Timeout = (float)ConsolePatience.TotalMilliseconds,
            });
        }
        catch (Exception timeout) when (timeout is TimeoutException or PlaywrightException)
        {
            throw new TimeoutException(
                $"The facilitator console did not open within {ConsolePatience.TotalSeconds:0} s of starting. " +
                $"The page was at {facilitator.Page.Url}; its error read “{await ReadAsync(facilitator.Test("error"))}”, " +
                $"its status “{await ReadAsync(facilitator.Page.Locator("#start-status"))}”; " +
                $"browser errors: [{string.Join("; ", facilitator.Errors)}].",
                timeout);
        }
    }

    private static async Task<string> ReadAsync(ILocator locator)
    {
        try
        {
            return (await locator.TextContentAsync(new LocatorTextContentOptions { Timeout = 1_000 }))?.Trim() ?? "";
        }
        catch (Exception unread) when (unread is PlaywrightException or TimeoutException)
        {
            return "(not on the page)";
        }
    }
}
