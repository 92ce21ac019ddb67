using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>A phone in real Chromium voting while the app cannot reach its storage, and after it can again.</summary>
public sealed class StorageOutageInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // The phone's own backoff reaches 8 s between attempts, and a failing write takes its retries first.
    private static readonly LocatorAssertionsToHaveTextOptions RetryWithin = new() { Timeout = 60_000 };

    [Fact]
    public async Task A_dot_tapped_while_storage_is_down_says_not_saved_trying_again_and_the_phones_own_retry_stores_it_once()
    {
        // The shared database, reached through a passage the test can cut; nothing else uses that passage.
        await using var storage = new CuttableDatabase(SharedPostgres.Server);
        var settings = LiveAppSettings.Isolated();
        string activityId, participantId;
        await using (var app = LiveApp.Start(settings with { Storage = settings.Storage.Via(storage.ConnectionString) }))
        {
            using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
            var workshop = await Workshop.StartAsync(http);
            await using var console = await LiveClient.ConnectAsync(app.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
            activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
                new CulturePrioritiesSetup("Culture priorities", ["We say what we really think", "Mistakes are for learning", "Everyone can lead"], 3, 2, false));
            await console.SteerAsync(activityId, ActivityCommands.Open);
            await using var phone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true).WaitAsync(Eventually.DefaultTimeout);
            await ParticipantPage.JoinAsync(phone, new Uri(app.BaseAddress, $"/join/{workshop.JoinCode}").ToString(), "Dee");
            var dotCount = ParticipantPage.DotCount(phone, 0);

            storage.Cut();
            await ParticipantPage.AddDotAsync(phone, 0);

            await Expect(phone.Test("error")).ToHaveTextAsync("Not saved, trying again…", RetryWithin);
            await Expect(phone.Page.Locator("#save-status")).Not.ToHaveTextAsync("Saved");
            await Accessibility.AssertNoViolationsAsync(phone, "phone that could not save");
            var grain = app.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);
            Assert.Equal(0, (await grain.GetVoteView().WaitAsync(Eventually.DefaultTimeout)).DotsPlaced);
            // Storage stays away a little longer, so the phone's retries meet the outage too.
            await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
            storage.Restore();

            // Nobody taps again: the phone's own retry (same submission id) stores the dot and clears the message.
            await Expect(phone.Page.Locator("#save-status")).ToHaveTextAsync("Saved", RetryWithin);
            await Expect(phone.Test("error")).ToHaveTextAsync("");
            await Expect(dotCount).ToHaveTextAsync("1");
            await Expect(phone.Test("dots-left")).ToHaveTextAsync("2");
            participantId = await ParticipantPage.ParticipantIdAsync(phone, workshop.TeamId);
            Assert.Empty(phone.Errors);
        }

        // A fresh app on the same storage knows only what was written: the dot is there, once.
        await using var after = LiveApp.Start(settings);
        var stored = after.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);
        var view = await stored.GetVoteView().WaitAsync(Eventually.DefaultTimeout);
        var ballot = await stored.GetBallot(participantId).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal([1, 0, 0], view.Tally!.Select(t => t.Dots));
        Assert.Equal(1, view.Stage.Contributors);
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 1 }, ballot.Dots);
        // The retries repeated one submission; they did not make changes of their own.
        Assert.Equal(1, ballot.Revision);
    }
}
