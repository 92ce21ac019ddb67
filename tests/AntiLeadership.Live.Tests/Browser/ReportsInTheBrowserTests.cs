using AntiLeadership.Live.Activities.CheckIns;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// The printable reports as a facilitator opens them from the console, in real headless Chromium: a
/// session with a named and an anonymous check-in answered by three phones, then the whole programme
/// with its living plan; both read on screen and as printed, and checked with axe-core.
/// </summary>
public sealed class ReportsInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Hostile = "<img src=x onerror=alert(1)>";

    // A named strengths map's export, as the results JSON gives it, drawn by the report's own module.
    private const string StrengthsMapPeople = """
        async () => {
          const { renderActivity } = await import('/js/report/activity-results.js');
          const details = {
            domains: [{ domainId: 'relating', name: 'Relating' }],
            strengths: [{ strengthId: 'listening', domainId: 'relating', name: 'Listening', description: 'Hears people out' }],
            people: [{ name: 'Ana', chosen: ['listening'], seenByOthers: [{ strengthId: 'listening', times: 2 }] }],
          };
          const article = renderActivity({ title: 'Strengths', kind: 'strengths', anonymous: false, status: 'closed', contributors: 1, rows: [], details }, 2);
          return [...article.querySelectorAll('[data-test="report-people"] li')].map((li) => li.textContent);
        }
        """;

    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_session_report_and_the_programme_report_show_names_only_where_named_small_anonymous_groups_in_words_and_print_without_buttons()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var console = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await using var report = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        var phones = new List<Surface>();
        for (var i = 0; i < 3; i++)
        {
            phones.Add(await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true));
        }

        var (joinCode, _) = await StatementVotePages.StartWorkshopAsync(console, baseUrl, "Day one");
        string[] names = ["Ana", "Ben", "Chloé"];
        for (var i = 0; i < phones.Count; i++)
        {
            await ParticipantPage.JoinAsync(phones[i], $"{baseUrl}/join/{joinCode}", names[i]);
            await Expect(phones[i].Test("my-name")).ToHaveTextAsync(names[i], Wait);
        }

        // A named opening check-in, answered by all three (one with hostile text)…
        await RunCheckInAsync(console, phones, 0, "Opening check-in", "How do you arrive?", anonymous: false, ["calm", "calm", Hostile]);

        // …and an anonymous closing one, where two answer the same word and one another: two groups of fewer than three.
        await RunCheckInAsync(console, phones, 1, "Closing check-in", "How do you leave?", anonymous: true, ["useful", "useful", "tired"]);

        var sessionId = new Uri(console.Page.Url).AbsolutePath.Split('/').Last();
        var session = await fixture.Server.App.Grains.GetGrain<ISessionGrain>(sessionId).GetView().WaitAsync(TimeSpan.FromSeconds(10));
        var plan = fixture.Server.App.Grains.GetGrain<ITeamPlanGrain>(session.TeamId);
        var pairing = Guid.NewGuid().ToString();
        var ana = session.Participants.Single(p => p.DisplayName == "Ana").ParticipantId;
        Assert.True((await plan.Commit(pairing, new CommitmentDraft("Pair on reviews", "So nobody waits days", [ana], "Book a slot on Monday", new DateOnly(2027, 3, 1))).WaitAsync(TimeSpan.FromSeconds(10))).Succeeded);
        Assert.True((await plan.Note(pairing, $"First pair done {Hostile}", CommitmentStatus.Trying, "Ana").WaitAsync(TimeSpan.FromSeconds(10))).Succeeded);

        // The console's link opens the session's report, the key in the fragment.
        var link = await console.Test("session-report").GetAttributeAsync("href");
        Assert.StartsWith($"/report/{sessionId}#key=", link);
        await report.Page.GotoAsync(baseUrl + link);
        await Expect(report.Test("report-title")).ToHaveTextAsync("Day one", Wait);
        await Expect(report.Test("report-activity")).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        var opening = report.Test("report-activity").Nth(0);
        var closing = report.Test("report-activity").Nth(1);
        await Expect(opening.Locator("h2")).ToHaveTextAsync("Opening check-in");
        await Expect(opening.Locator("[data-test=\"report-people\"] li strong")).ToHaveTextAsync(["Ana", "Ben", "Chloé"], new() { Timeout = 15_000, UseInnerText = true });
        await Expect(opening.Locator("tbody tr")).ToHaveTextAsync(["calm22", $"{Hostile}11"]);
        await Expect(closing.Locator("tbody tr")).ToHaveTextAsync(["tiredfewer than 3", "usefulfewer than 3"]);
        await Expect(closing).Not.ToContainTextAsync("Ana");
        await Expect(closing).Not.ToContainTextAsync("Chloé");
        Assert.Equal(0, await report.Page.Locator("img[src=x]").CountAsync());
        await Accessibility.AssertNoViolationsAsync(report, "the session's report");
        await ScreenshotAsync(report, "report-session");

        // The people of a named activity are found in any kind's export, and a catalogue that also has
        // names (the strengths map's strengths) is not taken for them.
        var listed = await report.Page.EvaluateAsync<string[]>(StrengthsMapPeople);
        Assert.Equal(["Ana (chosen: listening; seen by others: listening: 2)"], listed);

        // Printed: no buttons, nothing but the document.
        await report.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(report.Test("print")).ToBeHiddenAsync();
        await Expect(report.Test("download-csv")).ToBeHiddenAsync();
        await ScreenshotAsync(report, "report-session-print");
        await report.Page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The CSV download button hands over the session's CSV.
        var download = await report.Page.RunAndWaitForDownloadAsync(() => report.Test("download-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Contains("Closing check-in,check-in,yes,Words,,useful,,fewer than 3", csv);

        // The whole programme: the timeline of sessions, the living plan with its note, then each session.
        await report.Test("programme-link").ClickAsync();
        // Polled (not a navigation-event wait, which can miss a navigation already under way: see StartPage).
        await Expect(report.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/team/{session.TeamId}/report#key="), new() { Timeout = 15_000 });
        await Expect(report.Test("report-title")).ToHaveTextAsync("Blue team", Wait);
        await Expect(report.Test("report-timeline").Locator("li")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Expect(report.Test("report-timeline").Locator("li")).ToContainTextAsync("Day one");
        var commitment = report.Test("report-commitment");
        await Expect(commitment.Locator("h3")).ToHaveTextAsync("Pair on reviews (trying)");
        string[] fields = ["So nobody waits days", "Ana", "Book a slot on Monday", "1 March 2027"];
        for (var i = 0; i < fields.Length; i++)
        {
            await Expect(commitment.Locator("dd").Nth(i)).ToHaveTextAsync(fields[i]);
        }

        await Expect(commitment.Locator("ol li")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($@", Ana: status now trying\. First pair done {System.Text.RegularExpressions.Regex.Escape(Hostile)}$"));
        await Expect(report.Test("report-session").Locator("[data-test=\"report-activity\"]")).ToHaveCountAsync(2);
        await Expect(report.Test("report-session").Locator("[data-test=\"report-activity\"]").Nth(1)).ToContainTextAsync("fewer than 3");
        Assert.Equal(0, await report.Page.Locator("img[src=x]").CountAsync());
        await Accessibility.AssertNoViolationsAsync(report, "the programme's report");
        await ScreenshotAsync(report, "report-programme");
        await report.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(report.Test("print")).ToBeHiddenAsync();
        await ScreenshotAsync(report, "report-programme-print");
        var pdf = await report.Page.PdfAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "report-programme.pdf"), Format = "A4" });
        Assert.True(pdf.Length > 1000);

        // Another team's key gets the refusal, and no part of the report.
        var other = await Infrastructure.Workshop.StartAsync(fixture.Server.Http, "Other team");
        await using var stranger = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await stranger.Page.GotoAsync($"{baseUrl}/team/{session.TeamId}/report#key={Uri.EscapeDataString(other.FacilitatorKey)}");
        await Expect(stranger.Test("error")).ToHaveTextAsync("This link belongs to another team.", Wait);
        await Expect(stranger.Test("report-body")).ToBeEmptyAsync();
        await stranger.Page.GotoAsync($"{baseUrl}/report/{sessionId}");
        await Expect(stranger.Test("error")).ToHaveTextAsync("This report needs the facilitator link: open it from the console of the session.", Wait);
        await Accessibility.AssertNoViolationsAsync(stranger, "a report refused");

        foreach (var surface in phones.Append(report).Append(console))
        {
            Assert.Empty(surface.Errors);
        }

        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    /// <summary>Adds a word check-in, shows it (the one at <paramref name="position"/> on the agenda), opens it, and has each phone answer.</summary>
    private static async Task RunCheckInAsync(Surface console, List<Surface> phones, int position, string title, string prompt, bool anonymous, string[] words)
    {
        await console.Test("kind-select").SelectOptionAsync(CheckInKind.Name);
        await console.Test("activity-title-input").FillAsync(title);
        await console.Test("check-in-mode-word").CheckAsync();
        await console.Test("check-in-prompt-input").FillAsync(prompt);
        await console.Test("activity-anonymous").SetCheckedAsync(anonymous);
        await console.Test("hide-results-input").UncheckAsync();
        await console.Test("add-activity").ClickAsync();
        await Expect(console.Test("show-activity")).ToHaveCountAsync(position + 1, new() { Timeout = 15_000 });
        if (position > 0)
        {
            await console.Test("show-activity").Nth(position).ClickAsync();
        }

        await console.Test("open-voting").ClickAsync();
        for (var i = 0; i < phones.Count; i++)
        {
            await Expect(phones[i].Test("check-in-prompt")).ToHaveTextAsync(prompt, Wait);
            await Expect(phones[i].Test("check-in-word-input")).ToBeEnabledAsync(new() { Timeout = 15_000 });
            await phones[i].Test("check-in-word-input").FillAsync(words[i]);
            await phones[i].Test("check-in-send").ClickAsync();
            await Expect(phones[i].Test("check-in-own")).ToHaveTextAsync($"Your answer: “{words[i]}”", Wait);
        }
    }

    private async Task ScreenshotAsync(Surface surface, string name) =>
        await surface.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
}
