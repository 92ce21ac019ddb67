using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>Steps the statement-vote browser tests share: starting a workshop from the console, proposing, finding a proposal.</summary>
public static class StatementVotePages
{
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    /// <summary>Starts a workshop from the start page and lands on its console; its join code and session id.</summary>
    public static async Task<(string JoinCode, string SessionId)> StartWorkshopAsync(Surface console, string baseUrl, string title)
    {
        await StartPage.StartWorkshopAsync(console, baseUrl, "Blue team", title);
        await Expect(console.Test("join-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9A-Z]{4}[ -]?[0-9A-Z]{4}$"), Wait);
        var joinCode = (await console.Test("join-code").InnerTextAsync()).Trim().Replace(" ", "").Replace("-", "");
        return (joinCode, new Uri(console.Page.Url).AbsolutePath.Split('/').Last());
    }

    /// <summary>Proposes a statement from a phone and waits for it among the phone's own proposals.</summary>
    public static async Task ProposeAsync(Surface phone, string text)
    {
        await phone.Test("propose-input").FillAsync(text);
        await phone.Test("propose-submit").ClickAsync();
        await Expect(phone.Test("own-proposal-text").Last).ToHaveTextAsync(text, Wait);
    }

    /// <summary>The console's row of a waiting proposal.</summary>
    public static ILocator Proposal(Surface console, string text) =>
        console.Test("proposal").Filter(new LocatorFilterOptions { HasText = text });

    /// <summary>Every dialog any of the pages opens (script that ran would open one).</summary>
    public static List<string> WatchDialogs(IEnumerable<Surface> surfaces)
    {
        var dialogs = new List<string>();
        foreach (var surface in surfaces)
        {
            surface.Page.Dialog += async (_, dialog) =>
            {
                lock (dialogs) { dialogs.Add(dialog.Message); }
                await dialog.DismissAsync();
            };
        }

        return dialogs;
    }
}
