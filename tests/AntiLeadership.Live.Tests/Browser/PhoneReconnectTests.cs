using System.Diagnostics;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>A phone whose network drops for five seconds, reaching the server through a link the test can cut.</summary>
public sealed class PhoneReconnectTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);
    private static readonly LocatorAssertionsToHaveAttributeOptions BackWithin = new() { Timeout = 30_000 };

    [Fact]
    public async Task A_phone_cut_off_for_five_seconds_shows_reconnecting_and_a_dot_tapped_meanwhile_is_stored_once()
    {
        var server = fixture.Server;
        var (workshop, activityId) = await OpenVoteAsync();
        await using var wifi = new TcpPassage(server.App.BaseAddress.Port);
        await using var phone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true).WaitAsync(Eventually.DefaultTimeout);
        await ParticipantPage.JoinAsync(phone, $"http://127.0.0.1:{wifi.Port}/join/{workshop.JoinCode}", "Dee");
        var badge = phone.Test("connection-state");
        await ParticipantPage.AddDotAsync(phone, 1);
        await Expect(phone.Page.Locator("#save-status")).ToHaveTextAsync("Saved");
        var badgeStates = await RecordBadgeStatesAsync(phone);

        var away = Stopwatch.StartNew();
        wifi.Cut();
        await Expect(badge).ToHaveAttributeAsync("data-connection-state", "reconnecting", new() { Timeout = 4_000 });
        // Tapped while cut off: the page shows it at once and its dot-sender sends it once it is back.
        await ParticipantPage.AddDotAsync(phone, 2);
        await Expect(phone.Test("dots-left")).ToHaveTextAsync("1");
        // Not "Saved", which was true only of the tap before the cut.
        await Expect(phone.Page.Locator("#save-status")).ToHaveTextAsync("Not sent yet — it will be sent when the connection is back.");
        await Accessibility.AssertNoViolationsAsync(phone, "phone that is reconnecting");
        // Meanwhile someone else votes: after reconnecting the phone must show it without a reload.
        var ben = await Workshop.JoinAsync(server.Http, workshop.JoinCode, "Ben");
        await using var benPhone = await LiveClient.ConnectAsync(server.App.BaseAddress, ben.SessionId, ben.Credential);
        Assert.True((await benPhone.CastDotsAsync(activityId, "b-1", new Dictionary<string, int> { ["s3"] = 2 })).Accepted);
        if (Outage > away.Elapsed)
        {
            await Task.Delay(Outage - away.Elapsed, TestContext.Current.CancellationToken); // the rest of the outage itself
        }

        // Every state the badge took since the cut, up to this moment: "reconnecting", never "offline".
        var whileAway = await badgeStates();
        wifi.Restore();
        Assert.NotEmpty(whileAway);
        Assert.All(whileAway, state => Assert.Equal("reconnecting", state));

        await Expect(badge).ToHaveAttributeAsync("data-connection-state", "connected", BackWithin);
        // The phone's own retry stores the dot: nobody taps again. The grain's view is built only from written state.
        var grain = server.App.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);
        var stored = await Eventually.ReturnsAsync(() => grain.GetVoteView(), v => v.DotsPlaced == 4, "the dot tapped offline to be stored");
        await Expect(phone.Test("my-name")).ToHaveTextAsync("Dee");
        await Expect(phone.Page.Locator("#save-status")).ToHaveTextAsync("Saved");
        await Expect(phone.Test("ranking-text")).ToHaveTextAsync(["Everyone can lead", "Mistakes are for learning", "We say what we really think"]);
        await Expect(phone.Test("ranking-dots")).ToHaveTextAsync(["3", "1", "0"]);
        await Expect(phone.Test("error")).ToHaveTextAsync("");
        var shown = await ShownDotsAsync(phone);
        Assert.Equal(new Dictionary<string, int> { ["s2"] = 1, ["s3"] = 1 }, shown);

        // What is stored is exactly what the phone shows, counted once.
        Assert.Equal([0, 1, 3], stored.Tally!.Select(t => t.Dots));
        Assert.Equal(2, stored.Stage.Contributors);
        Assert.Equal(shown.Values.Sum() + 2, stored.DotsPlaced);
        var ballot = await grain.GetBallot(await ParticipantPage.ParticipantIdAsync(phone, workshop.TeamId)).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(shown, ballot.Dots);
        // One change before the cut and one after it: the dot tapped offline did not become two changes.
        Assert.Equal(2, ballot.Revision);
        Assert.DoesNotContain(phone.Errors, e => !e.Contains("WebSocket", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_ballot_resent_with_the_same_submission_id_after_the_connection_dropped_is_already_counted_and_counted_once()
    {
        var server = fixture.Server;
        var (workshop, activityId) = await OpenVoteAsync();
        await using var wifi = new TcpPassage(server.App.BaseAddress.Port);
        var through = new Uri($"http://127.0.0.1:{wifi.Port}");
        var ana = await Workshop.JoinAsync(server.Http, workshop.JoinCode, "Ana");
        var dots = new Dictionary<string, int> { ["s1"] = 2, ["s2"] = 1 };
        var grain = server.App.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);

        await using var phone = await LiveClient.ConnectAsync(through, ana.SessionId, ana.Credential);
        var first = await phone.CastDotsAsync(activityId, "a-1", dots);
        var storedOnce = await grain.GetVoteView().WaitAsync(Eventually.DefaultTimeout);
        wifi.Cut();
        await phone.Closed.WaitAsync(Eventually.DefaultTimeout);
        wifi.Restore();

        // A phone that lost its connection cannot know whether its last reply was lost with it, so it
        // sends the same submission again once it is back.
        await using var phoneAgain = await LiveClient.ConnectAsync(through, ana.SessionId, ana.Credential);
        await Eventually.IsTrueAsync(() => phoneAgain.Ballot is { } b && b.Dots.Count == dots.Count, "the phone's existing votes after reconnecting");
        var second = await phoneAgain.CastDotsAsync(activityId, "a-1", dots);

        Assert.True(first.Accepted);
        Assert.False(first.AlreadyCounted);
        Assert.Equal(dots, phoneAgain.Ballot!.Dots);
        Assert.True(second.Accepted);
        Assert.True(second.AlreadyCounted);
        Assert.Equal(dots, second.Ballot.Dots);
        Assert.Equal(first.Ballot.Revision, second.Ballot.Revision);
        var stored = await grain.GetVoteView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal([2, 1, 0], stored.Tally!.Select(t => t.Dots));
        Assert.Equal(1, stored.Stage.Contributors);
        Assert.Equal(storedOnce.Version, stored.Version);
    }

    private async Task<(Web.Api.WorkshopStarted Workshop, string ActivityId)> OpenVoteAsync()
    {
        var workshop = await Workshop.StartAsync(fixture.Server.Http, "Green team", "Check-in");
        await using var console = await LiveClient.ConnectAsync(fixture.Server.App.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", ["We say what we really think", "Mistakes are for learning", "Everyone can lead"], 3, 2, false));
        await console.SteerAsync(activityId, ActivityCommands.Open);
        return (workshop, activityId);
    }

    /// <summary>The dots the phone shows, by statement id, leaving out statements without any.</summary>
    private static async Task<Dictionary<string, int>> ShownDotsAsync(Surface phone)
    {
        var rows = await phone.Page.EvaluateAsync<Dictionary<string, int>>(
            "() => Object.fromEntries([...document.querySelectorAll('[data-test=statement]')]" +
            ".map(r => [r.dataset.statementId, Number(r.querySelector('[data-test=dot-count]').textContent)]))").WaitAsync(Eventually.DefaultTimeout);
        return rows.Where(r => r.Value > 0).ToDictionary();
    }

    /// <summary>
    /// Starts noting every state the connection badge takes. Polling the badge could miss a short
    /// "offline"; a mutation observer in the page cannot. Returns a reader of the states noted since.
    /// </summary>
    private static async Task<Func<Task<string[]>>> RecordBadgeStatesAsync(Surface phone)
    {
        await phone.Page.EvaluateAsync("""
            () => {
              window.badgeStates = [];
              const badge = document.querySelector('[data-test=connection-state]');
              new MutationObserver(() => window.badgeStates.push(badge.dataset.connectionState))
                .observe(badge, { attributes: true, attributeFilter: ['data-connection-state'] });
            }
            """).WaitAsync(Eventually.DefaultTimeout);
        return () => phone.Page.EvaluateAsync<string[]>("() => window.badgeStates").WaitAsync(Eventually.DefaultTimeout);
    }
}
