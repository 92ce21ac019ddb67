using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Tests.Retention;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// The facilitator's deleting controls (js/team/retention.js) mounted on the team home page the way the
/// team home does: a session deleted after naming it, automatic deletion set, the team deleted by its name.
/// </summary>
public sealed class RetentionInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Mount = """
        async ([teamId, token, teamName, sessions]) => {
          const { renderRetention } = await import('/js/team/retention.js');
          const box = document.createElement('div');
          document.querySelector('main').append(box);
          window.deletions = [];
          renderRetention(box, { teamId, token, teamName, sessions, onDeleted: (deleted) => window.deletions.push(deleted.kind) });
        }
        """;

    [Fact]
    public async Task A_lead_deletes_a_session_after_naming_it_sets_automatic_deletion_and_deletes_the_team_by_its_name()
    {
        var app = fixture.Server.App;
        await using var team = await TeamOfTwoSessions.StartAsync(app, fixture.Server.Http, "Blue team");
        var view = await app.Grains.GetGrain<ITeamGrain>(team.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout);
        await using var laptop = await Surface.OpenAsync(fixture.Browser, Surface.Laptop);
        await laptop.Page.GotoAsync(new Uri(app.BaseAddress, $"/team/{team.TeamId}").ToString());
        await laptop.Page.EvaluateAsync(Mount, new object[]
        {
            team.TeamId, team.LeadKey, "Blue team",
            view.Sessions.Select(s => new { sessionId = s.SessionId, title = s.Title, startedAt = s.StartedAt?.ToString("O") }).ToArray(),
        });

        await Expect(laptop.Test("retention-session")).ToHaveCountAsync(2);
        await Expect(laptop.Test("retention-status")).ToContainTextAsync("Automatic deletion is off");
        await Accessibility.AssertNoViolationsAsync(laptop, "the deleting controls");

        await laptop.Test("retention-session-delete").First.ClickAsync();
        await Expect(laptop.Test("retention-session").First).ToContainTextAsync("Delete “Day one” for good?");
        await laptop.Test("retention-session-confirm").ClickAsync();
        await Expect(laptop.Test("retention-session")).ToHaveCountAsync(1);
        await Expect(laptop.Test("retention-session")).ToContainTextAsync("Day two");

        await laptop.Test("retention-on").CheckAsync();
        await laptop.Test("retention-days").FillAsync("0");
        await laptop.Test("retention-save").ClickAsync();
        // The browser holds back days out of range (the field's own limits, from the server's rules).
        await Expect(laptop.Page.Locator("[data-test=\"retention-days\"]:invalid")).ToHaveCountAsync(1);
        await Expect(laptop.Test("retention-status")).ToContainTextAsync("Automatic deletion is off");
        await laptop.Test("retention-days").FillAsync("30");
        await laptop.Test("retention-save").ClickAsync();
        await Expect(laptop.Test("retention-status")).ToContainTextAsync("will be deleted on");
        await laptop.Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "retention-controls.png"), FullPage = true });

        await laptop.Test("retention-team-name").FillAsync("Blue tea");
        await Expect(laptop.Test("retention-team-delete")).ToBeDisabledAsync();
        await laptop.Test("retention-team-name").FillAsync("Blue team");
        await laptop.Test("retention-team-delete").ClickAsync();
        await laptop.Page.WaitForFunctionAsync("() => window.deletions.includes('team')");

        Assert.Equal(["session", "team"], await laptop.Page.EvaluateAsync<string[]>("() => window.deletions"));
        Assert.False((await app.Grains.GetGrain<ITeamGrain>(team.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout)).Exists);
        Assert.Empty(laptop.Errors);
    }
}
