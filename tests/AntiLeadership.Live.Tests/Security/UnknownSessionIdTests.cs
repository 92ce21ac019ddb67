using System.Net;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Credentials;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>
/// Session ids nobody was given (board links, QR codes, hub connects) cost no grain activation and no
/// storage read each: an address that probes waits like one that guesses join codes, an id found
/// missing is answered from memory, and an activation made for one is let go at once. A server of
/// its own, with the shipped limits; 127.0.0.N stand in for other machines.
/// </summary>
public sealed class UnknownSessionIdTests
{
    [Fact]
    public async Task Random_session_ids_from_one_address_wait_after_ten_without_reaching_a_grain_while_the_real_board_still_works()
    {
        await using var own = await OwnApp.StartAsync(settings => settings);
        var workshop = await Workshop.StartAsync(own.Http);
        using var prober = own.HttpFrom(40);
        using var grainsAsked = new MeterCount("live.sessions.not_found");

        var probes = new List<HttpStatusCode>();
        for (var i = 0; i < 200; i++)
        {
            probes.Add(await StatusOfAsync(prober, $"/api/sessions/{Secrets.NewId()}/links"));
        }

        var asked = grainsAsked.Total;
        var links = await StatusOfAsync(prober, $"/api/sessions/{workshop.SessionId}/links");
        var qr = await StatusOfAsync(prober, $"/api/sessions/{workshop.SessionId}/join-qr.svg");
        await using var board = await LiveClient.ConnectAsync(own.App.BaseAddress, workshop.SessionId, null);
        await board.WaitForSessionAsync(view => view.Exists && view.JoinCode == workshop.JoinCode, "the board to show the session");

        Assert.Equal(10, probes.Count(status => status == HttpStatusCode.NotFound));
        Assert.Equal(190, probes.Count(status => status == HttpStatusCode.TooManyRequests));
        // Only the ten within the allowance reached a session grain (a little room for another test's lookups).
        Assert.InRange(asked, 10, 12);
        // The prober's address waits, but the session it shares a network with is known here and still answers.
        Assert.Equal(HttpStatusCode.OK, links);
        Assert.Equal(HttpStatusCode.OK, qr);
        // The ten activations were let go at once: only the real session stays.
        await Eventually.ReturnsAsync(() => Activations.OfAsync(own.App, "SessionGrain"), count => count == 1, "only the real session to stay activated");
    }

    [Fact]
    public async Task An_id_found_missing_is_answered_again_without_a_grain_and_a_board_connecting_to_it_is_told_so()
    {
        await using var own = await OwnApp.StartAsync(settings => settings);
        using var phone = own.HttpFrom(41);
        var missing = Secrets.NewId();
        using var grainsAsked = new MeterCount("live.sessions.not_found");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await StatusOfAsync(phone, $"/api/sessions/{missing}/links"));
        }

        var refused = await BoardRefusedAsync(own.App, missing);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Contains("This session does not exist.", refused);
        Assert.InRange(grainsAsked.Total, 1, 2);
    }

    [Fact]
    public async Task Wrong_join_codes_leave_no_join_code_activation_behind()
    {
        await using var own = await OwnApp.StartAsync(settings => settings);
        var workshop = await Workshop.StartAsync(own.Http);
        using var guesser = own.HttpFrom(42);

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            guesses.Add(await StatusOfAsync(guesser, $"/api/join/{Web.Api.JoinCodes.New()}"));
        }

        Assert.All(guesses, status => Assert.Equal(HttpStatusCode.NotFound, status));
        await Eventually.ReturnsAsync(() => Activations.OfAsync(own.App, "JoinCodeGrain"), count => count == 1, "only the real code to stay activated");
    }

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path).WaitAsync(Eventually.DefaultTimeout);
        return response.StatusCode;
    }


    private static async Task<string> BoardRefusedAsync(LiveApp app, string sessionId)
    {
        try
        {
            await using var board = await LiveClient.ConnectAsync(app.BaseAddress, sessionId, null);
            return (await board.Closed.WaitAsync(Eventually.DefaultTimeout))?.Message ?? "closed without a reason";
        }
        catch (Exception refused) when (refused is not TimeoutException)
        {
            return refused.Message;
        }
    }
}
