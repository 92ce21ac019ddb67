using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// What a phone in real Chromium does when storage misbehaves in ways the server cannot report at
/// once: a database that hangs, and a server that comes back having lost a ballot it had acknowledged
/// (kept by the phone under today's key, or under the key pages used before the activity platform).
/// </summary>
public sealed class BallotSafetyInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Within = new() { Timeout = 60_000 };

    [Fact]
    public async Task While_the_database_hangs_the_phone_says_it_is_still_saving_and_stores_the_dot_once_it_answers()
    {
        await using var postgres = await Postgres.StartNewAsync();
        await using var app = LiveApp.Start(LiveAppSettings.Isolated(postgres));
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
        var (workshop, activityId) = await OpenVoteAsync(http, app.BaseAddress);
        await using var phone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true).WaitAsync(Eventually.DefaultTimeout);
        await ParticipantPage.JoinAsync(phone, new Uri(app.BaseAddress, $"/join/{workshop.JoinCode}").ToString(), "Dee");
        var status = phone.Page.Locator("#save-status");
        await ParticipantPage.AddDotAsync(phone, 0);
        await Expect(status).ToHaveTextAsync("Saved");

        await postgres.FreezeAsync();
        try
        {
            await ParticipantPage.AddDotAsync(phone, 1);
            // Said after about two seconds, while the write still hangs, not only once it has failed.
            await Expect(status).ToHaveTextAsync("Still saving — the server is taking longer than usual…", new() { Timeout = 4_000 });
            await Accessibility.AssertNoViolationsAsync(phone, "phone, still saving");
            // The write gives up after a few seconds: the phone says so and keeps trying by itself.
            await Expect(phone.Test("error")).ToHaveTextAsync("Not saved, trying again…", Within);
        }
        finally
        {
            await postgres.ThawAsync();
        }

        await Expect(status).ToHaveTextAsync("Saved", Within);
        await Expect(phone.Test("error")).ToHaveTextAsync("");
        var grain = app.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);
        var ballot = await grain.GetBallot(await ParticipantPage.ParticipantIdAsync(phone, workshop.TeamId)).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 1, ["s2"] = 1 }, ballot.Dots);
        // Two taps, two changes: the retries during the hang repeated one submission.
        Assert.Equal(2, ballot.Revision);
        Assert.Equal(2, (await grain.GetVoteView().WaitAsync(Eventually.DefaultTimeout)).DotsPlaced);
    }

    [Fact]
    public async Task A_phone_finding_that_the_server_lost_its_saved_ballot_sends_it_again_and_says_so()
    {
        var settings = LiveAppSettings.Isolated();
        var first = LiveApp.Start(settings);
        await using var wifi = new TcpPassage(first.BaseAddress.Port);
        using var http = new HttpClient { BaseAddress = first.BaseAddress, Timeout = Eventually.DefaultTimeout };
        var (workshop, activityId) = await OpenVoteAsync(http, first.BaseAddress);
        await using var phone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true).WaitAsync(Eventually.DefaultTimeout);
        await ParticipantPage.JoinAsync(phone, $"http://127.0.0.1:{wifi.Port}/join/{workshop.JoinCode}", "Dee");
        var status = phone.Page.Locator("#save-status");
        await ParticipantPage.AddDotAsync(phone, 0);
        await Expect(status).ToHaveTextAsync("Saved");
        var olderRows = await StoredBallots.ReadRowsAsync(settings.Storage, activityId);
        await ParticipantPage.AddDotAsync(phone, 2);
        await Expect(status).ToHaveTextAsync("Saved");

        // The phone loses its network; meanwhile the server restarts on storage that went back to the
        // row as it was before the second dot (what Azurite did when it was killed), so the server no
        // longer holds a ballot it acknowledged.
        wifi.Cut();
        await first.DisposeAsync();
        // Every row of the activity as it was (its full state and its journal slots): a slot written since goes.
        await SharedPostgres.Server.QueryAsync<int>(
            "DELETE FROM grain_state WHERE service_id = @service AND key_string = @key AND NOT (grain_type = ANY(@kept)) RETURNING version",
            ("service", settings.ServiceId), ("key", activityId), ("kept", olderRows.Select(r => r.Name).ToArray()));
        foreach (var row in olderRows)
        {
            await SharedPostgres.Server.QueryAsync<int>(
                "UPDATE grain_state SET payload = @payload WHERE service_id = @service AND key_string = @key AND grain_type = @state RETURNING version",
                ("payload", row.Payload), ("service", settings.ServiceId), ("key", activityId), ("state", row.Name));
        }

        await using var second = LiveApp.Start(settings);
        var grain = second.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);
        var participantId = await ParticipantPage.ParticipantIdAsync(phone, workshop.TeamId);
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 1 }, (await grain.GetBallot(participantId).WaitAsync(Eventually.DefaultTimeout)).Dots);
        wifi.PointAt(second.BaseAddress.Port);
        wifi.Restore();

        // Nobody taps: the phone sees the older ballot, sends its own again and says why.
        await Expect(status).ToHaveTextAsync("Saved again — the server had lost your last change.", Within);
        await Expect(ParticipantPage.DotCount(phone, 0)).ToHaveTextAsync("1");
        await Expect(ParticipantPage.DotCount(phone, 2)).ToHaveTextAsync("1");
        await Accessibility.AssertNoViolationsAsync(phone, "phone, ballot sent again");
        var healed = await grain.GetBallot(participantId).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 1, ["s3"] = 1 }, healed.Dots);
        var view = await grain.GetVoteView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal([1, 0, 1], view.Tally!.Select(t => t.Dots));
        Assert.Equal(1, view.Stage.Contributors);
        Assert.DoesNotContain(phone.Errors, e => !e.Contains("WebSocket", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_phone_finding_a_newer_ballot_kept_under_the_old_key_sends_it_again_with_its_submission_id_and_says_so()
    {
        var app = fixture.Server.App;
        var (workshop, activityId) = await OpenVoteAsync(fixture.Server.Http, app.BaseAddress);
        await using var phone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true).WaitAsync(Eventually.DefaultTimeout);
        await ParticipantPage.JoinAsync(phone, new Uri(app.BaseAddress, $"/join/{workshop.JoinCode}").ToString(), "Dee");
        var status = phone.Page.Locator("#save-status");
        await ParticipantPage.AddDotAsync(phone, 0);
        await Expect(status).ToHaveTextAsync("Saved");
        var participantId = await ParticipantPage.ParticipantIdAsync(phone, workshop.TeamId);
        var grain = app.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);
        Assert.Equal(1, (await grain.GetBallot(participantId).WaitAsync(Eventually.DefaultTimeout)).Revision);

        // What a page from before the platform left behind: the ballot it was told was saved, under
        // antileadership.ballot.<participant>.<activity> as { revision, submissionId, dots }, one revision
        // ahead of what the server holds now (it lost that change). Nothing is kept under the new key.
        var submissionId = Guid.NewGuid().ToString();
        await phone.Page.EvaluateAsync(
            """
            ([participantId, activityId, submissionId]) => {
              localStorage.removeItem(`antileadership.contribution.${participantId}.${activityId}`);
              localStorage.setItem(`antileadership.ballot.${participantId}.${activityId}`,
                JSON.stringify({ revision: 2, submissionId, dots: { s1: 1, s3: 1 } }));
            }
            """,
            new[] { participantId, activityId, submissionId });

        // Opening the page again (an update of the app, a phone waking up): nobody taps. On a slow
        // network the kind's module arrives after the server's first answer, which the page can only
        // compare with the old key once it knows the kind.
        await phone.Page.RouteAsync("**/js/activities/culture-priorities/kind.js", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await route.ContinueAsync();
        });
        await phone.Page.ReloadAsync();
        await Expect(status).ToHaveTextAsync("Saved again — the server had lost your last change.", Within);
        await Expect(ParticipantPage.DotCount(phone, 0)).ToHaveTextAsync("1");
        await Expect(ParticipantPage.DotCount(phone, 2)).ToHaveTextAsync("1");
        await Accessibility.AssertNoViolationsAsync(phone, "phone, ballot from the old key sent again");
        var healed = await grain.GetBallot(participantId).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 1, ["s3"] = 1 }, healed.Dots);
        Assert.Equal(2, healed.Revision);

        // It went out under the kept submission id: the server answers that id as already counted, and a
        // different ballot sent under it changes nothing.
        var credential = await phone.Page.EvaluateAsync<string>($"() => JSON.parse(localStorage.getItem('antileadership.participant.{workshop.TeamId}')).credential");
        await using var sameParticipant = await LiveClient.ConnectAsync(app.BaseAddress, workshop.SessionId, credential);
        var repeat = await sameParticipant.CastDotsAsync(activityId, submissionId, new Dictionary<string, int> { ["s2"] = 2 });
        Assert.True(repeat.AlreadyCounted);
        Assert.Equal(healed.Dots, (await grain.GetBallot(participantId).WaitAsync(Eventually.DefaultTimeout)).Dots);
        // From now on the page keeps it under the new key.
        var kept = await phone.Page.EvaluateAsync<string?>($"() => localStorage.getItem('antileadership.contribution.{participantId}.{activityId}')");
        Assert.Contains(submissionId, kept ?? "", StringComparison.Ordinal);
        Assert.Empty(phone.Errors);
    }

    [Fact]
    public async Task A_push_overtaken_by_the_phones_own_receipt_leaves_the_newer_ballot_on_screen_and_sends_nothing_again()
    {
        var app = fixture.Server.App;
        var (workshop, activityId) = await OpenVoteAsync(fixture.Server.Http, app.BaseAddress);
        await using var phone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true).WaitAsync(Eventually.DefaultTimeout);
        // Counted inside the page, in the same turn as SignalR's own handling: a message is handled (and
        // the page has drawn it) once the count has gone up, and a submission sent from the handler is
        // already counted by then.
        await phone.Page.AddInitScriptAsync(
            """
            (() => {
              window.__handled = 0;
              window.__submits = 0;
              const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage');
              Object.defineProperty(WebSocket.prototype, 'onmessage', {
                configurable: true,
                get() { return onmessage.get.call(this); },
                set(handler) {
                  onmessage.set.call(this, handler && ((event) => { try { handler.call(this, event); } finally { window.__handled++; } }));
                },
              });
              const send = WebSocket.prototype.send;
              WebSocket.prototype.send = function (data) {
                if (typeof data === 'string' && data.includes('"target":"Submit"')) window.__submits++;
                return send.call(this, data);
              };
            })();
            """);
        IWebSocketRoute? toPage = null;
        var fromServer = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await phone.Page.RouteWebSocketAsync(new System.Text.RegularExpressions.Regex("/hubs/workshop"), ws =>
        {
            var server = ws.ConnectToServer();
            // SignalR's JSON protocol sends text frames only; anything else goes on as it came.
            ws.OnMessage(frame => Pass(frame, server));
            server.OnMessage(frame =>
            {
                if (frame.Text is { } text)
                {
                    fromServer.Enqueue(text);
                }

                Pass(frame, ws);
            });
            toPage = ws;
        });
        await ParticipantPage.JoinAsync(phone, new Uri(app.BaseAddress, $"/join/{workshop.JoinCode}").ToString(), "Dee");
        var status = phone.Page.Locator("#save-status");
        await ParticipantPage.AddDotAsync(phone, 0);
        await Expect(status).ToHaveTextAsync("Saved");
        await ParticipantPage.AddDotAsync(phone, 2);
        await Expect(status).ToHaveTextAsync("Saved");

        // The server's answer to the first dot, as it came: revision 1, one dot. Sent to the page again now,
        // as a push would arrive that left the server just before the second dot's answer and came after it.
        // Passed on to the page only after it was queued here, so it is here once the page said "Saved".
        var overtaken = ReceiptContribution(fromServer, revision: 1);
        Assert.NotNull(overtaken);
        var handled = await phone.Page.EvaluateAsync<int>("() => window.__handled");
        var submits = await phone.Page.EvaluateAsync<int>("() => window.__submits");
        toPage!.Send($"{{\"type\":1,\"target\":\"ContributionChanged\",\"arguments\":[{overtaken}]}}\u001e");
        await phone.Page.WaitForFunctionAsync("n => window.__handled > n", handled, new() { Timeout = 15_000 });

        Assert.Equal(submits, await phone.Page.EvaluateAsync<int>("() => window.__submits"));
        Assert.Equal("Saved", (await status.InnerTextAsync()).Trim());
        Assert.Equal("1", await ParticipantPage.DotCount(phone, 0).InnerTextAsync());
        Assert.Equal("1", await ParticipantPage.DotCount(phone, 2).InnerTextAsync());
        var ballot = await app.Grains.GetGrain<ICulturePrioritiesGrain>(activityId)
            .GetBallot(await ParticipantPage.ParticipantIdAsync(phone, workshop.TeamId)).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(2, ballot.Revision);
        Assert.Empty(phone.Errors);
    }

    private static void Pass(IWebSocketFrame frame, IWebSocketRoute to)
    {
        if (frame.Text is { } text)
        {
            to.Send(text);
        }
        else
        {
            to.Send(frame.Binary ?? []);
        }
    }

    /// <summary>The contribution of the submit answer with <paramref name="revision"/> among the frames the server sent, as JSON text.</summary>
    private static string? ReceiptContribution(IEnumerable<string> frames, int revision)
    {
        foreach (var message in frames.SelectMany(f => f.Split('\u001e', StringSplitOptions.RemoveEmptyEntries)))
        {
            using var parsed = System.Text.Json.JsonDocument.Parse(message);
            if (parsed.RootElement.TryGetProperty("result", out var result) && result.ValueKind == System.Text.Json.JsonValueKind.Object
                && result.TryGetProperty("contribution", out var contribution) && contribution.ValueKind == System.Text.Json.JsonValueKind.Object
                && contribution.TryGetProperty("revision", out var got) && got.GetInt32() == revision)
            {
                return contribution.GetRawText();
            }
        }

        return null;
    }

    private static async Task<(Web.Api.WorkshopStarted Workshop, string ActivityId)> OpenVoteAsync(HttpClient http, Uri node)
    {
        var workshop = await Workshop.StartAsync(http, "Green team", "Check-in");
        await using var console = await LiveClient.ConnectAsync(node, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", ["We say what we really think", "Mistakes are for learning", "Everyone can lead"], 3, 2, false));
        await console.SteerAsync(activityId, ActivityCommands.Open);
        return (workshop, activityId);
    }
}
