using System.Net.Http.Headers;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// A team's first day started from the built-in "Day 1" template, its agenda saved as the team's own
/// template (replaced after a confirm once changed), and the team's next session started from it: real
/// headless Chromium against the real server, with a hostile template name shown as text.
/// </summary>
public sealed class TemplatesInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Hostile = "<img src=x onerror=alert(1)>";

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    private static readonly string[] DayOne =
    [
        "Welcome: leading together", "Check-in", "Meet each other", "Strengths: what each of us brings", "Our strengths map",
        "Culture: how we work together", "How we work today", "What matters most to us", "Making it worse (TRIZ)", "Before day 2", "Check-out",
    ];

    [Fact]
    public async Task A_facilitator_starts_from_day_1_saves_it_as_the_teams_own_and_the_teams_next_session_starts_from_that()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var board = await Surface.OpenAsync(fixture.Browser, Surface.RoomDisplay);
        var dialogs = new List<string>();
        console.Page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.AcceptAsync();
        };

        await StatementVotePages.StartWorkshopAsync(console, baseUrl, "Day one");
        await board.Page.GotoAsync(new Uri(new Uri(baseUrl), await console.Test("board-link").GetAttributeAsync("href")).ToString());

        // An empty agenda offers its templates open; choosing one lists its activities before anything is added.
        await Expect(console.Test("templates")).ToHaveAttributeAsync("open", "");
        await console.Test("template-choice").SelectOptionAsync("day-1");
        await Expect(console.Test("template-items").Locator(".template-item-title")).ToHaveTextAsync(DayOne, new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
        await Expect(console.Test("template-description")).ToContainTextAsync("The first content-and-activity day", new() { Timeout = 15_000 });
        await Expect(console.Test("add-template")).ToHaveTextAsync("Add these 11 activities", Wait);
        await Accessibility.AssertNoViolationsAsync(console, "console offering the Day 1 template");
        await SaveAsync(console, "templates-console-choosing");

        await console.Test("add-template").ClickAsync();
        await Expect(console.Page.Locator("[data-test=agenda-item] .agenda-title")).ToHaveTextAsync(Numbered(DayOne), new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
        await Expect(console.Test("template-status")).ToHaveTextAsync("Added 11 activities from “Day 1: strengths and culture”.", Wait);
        await Expect(board.Test("activity-title")).ToHaveTextAsync("Welcome: leading together", Wait);
        await Expect(console.Page.Locator("#current-title")).ToHaveTextAsync("Welcome: leading together", Wait);
        await SaveAsync(board, "templates-board-first-item");

        // Saved for the team; changed (the check-out taken off) and saved again under the same name: asked first, then replaced.
        await console.Test("save-template-card").Locator("summary").ClickAsync();
        await SaveTemplateAsync(console, "Our day 1", "Saved “Our day 1” (11 activities) for the team.");
        await console.Test("agenda-item").Last.Locator("[data-test=\"remove\"]").ClickAsync();
        await Expect(console.Test("agenda-item")).ToHaveCountAsync(10);
        await SaveTemplateAsync(console, "Our day 1", "Saved “Our day 1” (10 activities) for the team.");
        Assert.Equal(["The team already has a template called “Our day 1”. Replace it, or choose another name.\n\nReplace it with this agenda?"], dialogs);
        await SaveTemplateAsync(console, Hostile, $"Saved “{Hostile}” (10 activities) for the team.");
        await Accessibility.AssertNoViolationsAsync(console, "console after saving templates");
        await SaveAsync(console, "templates-console-saved");

        // The team's next session: its console lists the team's own templates beside the built-in ones.
        var next = await StartNextSessionAsync(console, baseUrl);
        await console.Page.GotoAsync(next.FacilitatorUrl);
        await board.Page.GotoAsync(next.BoardUrl);
        await Expect(console.Test("templates")).ToHaveAttributeAsync("open", "");
        var ours = console.Test("template-choice").Locator("optgroup[label^=\"Our team's\"] option");
        await Expect(ours).ToHaveTextAsync(["Our day 1", Hostile], new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
        await console.Test("template-choice").SelectOptionAsync(new SelectOptionValue { Label = "Our day 1" });
        await Expect(console.Test("template-items").Locator(".template-item-title")).ToHaveTextAsync(DayOne[..10], new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
        await Expect(console.Test("template-description")).ToContainTextAsync("The team's own, saved by Lead facilitator on ", new() { Timeout = 15_000 });
        await Expect(console.Test("delete-template")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(console, "console offering the team's own template");
        await SaveAsync(console, "templates-console-next-session");

        await console.Test("add-template").ClickAsync();
        await Expect(console.Page.Locator("[data-test=agenda-item] .agenda-title")).ToHaveTextAsync(Numbered(DayOne[..10]), new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
        await Expect(board.Test("activity-title")).ToHaveTextAsync("Welcome: leading together", Wait);

        // Deleting the hostile one asks first, and it leaves the shelf.
        await console.Test("template-choice").SelectOptionAsync(new SelectOptionValue { Label = Hostile });
        await console.Test("delete-template").ClickAsync();
        await Expect(ours).ToHaveTextAsync(["Our day 1"], new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
        Assert.Equal($"Delete the template “{Hostile}” for the whole team?\n\nSessions already started from it keep their activities.", dialogs[^1]);
        Assert.Equal(2, dialogs.Count); // the replace and the delete: no script of the hostile name ever ran
        Assert.Empty(console.Errors);
        Assert.Empty(board.Errors);
    }

    private static string[] Numbered(IEnumerable<string> titles) => [.. titles.Select((title, i) => $"{i + 1}. {title}")];

    private static async Task SaveTemplateAsync(Surface console, string name, string saved)
    {
        await console.Test("template-name").FillAsync(name);
        await console.Test("save-template").ClickAsync();
        await Expect(console.Test("save-template-status")).ToHaveTextAsync(saved, Wait);
    }

    /// <summary>As a team's facilitator starts their next session: with their own key, over the team's API.</summary>
    private async Task<WorkshopStarted> StartNextSessionAsync(Surface console, string baseUrl)
    {
        var link = await console.Page.Locator("#facilitator-link").InputValueAsync();
        var key = Uri.UnescapeDataString(link[(link.IndexOf("#key=", StringComparison.Ordinal) + 5)..]);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = Eventually.DefaultTimeout };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/teams/{key.Split('.')[1]}/sessions") { Content = JsonContent.Create(new { sessionTitle = "Day two" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request).WaitAsync(Eventually.DefaultTimeout);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WorkshopStarted>().WaitAsync(Eventually.DefaultTimeout))!;
    }

    private async Task SaveAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true }).WaitAsync(Eventually.DefaultTimeout);
}
