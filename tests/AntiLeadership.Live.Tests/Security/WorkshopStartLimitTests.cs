using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using AntiLeadership.Live.Web.Hosting;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>
/// Starting workshops is limited per address, and an operator can require a start key. Each test has a
/// server of its own; addresses 127.0.0.N stand in for other machines.
/// </summary>
public sealed class WorkshopStartLimitTests
{
    private static readonly int ShippedPerHour = new LiveLimits().WorkshopsPerHourPerAddress;

    [Fact]
    public async Task One_address_starts_twenty_workshops_an_hour_then_waits_while_other_addresses_still_start()
    {
        await using var own = await OwnApp.StartAsync(settings => settings with
        {
            More = new Dictionary<string, string> { ["Live:Limits:WorkshopsPerHourPerAddress"] = $"{ShippedPerHour}" },
        });
        using var script = own.HttpFrom(30);
        using var neighbour = own.HttpFrom(31);

        var started = new List<WorkshopStarted>();
        for (var i = 0; i < ShippedPerHour; i++)
        {
            started.Add(await Workshop.StartAsync(script, $"Team {i}"));
        }

        using var one = await StartAsync(script, new { teamName = "One too many", sessionTitle = "Day one" });
        using var nextSession = await SendAsync(script, $"/api/teams/{started[0].TeamId}/sessions", started[0].FacilitatorKey, new { sessionTitle = "Day two" });
        var elsewhere = await Workshop.StartAsync(neighbour, "Next door");

        Assert.Equal(HttpStatusCode.TooManyRequests, one.StatusCode);
        var seconds = int.Parse(one.Headers.GetValues("Retry-After").Single());
        // Twenty an hour come back one every three minutes, not all at the end of the hour.
        Assert.InRange(seconds, 1, 180);
        Assert.Equal($"Too many workshops started from this address — try again in {seconds} s.", await SecureRoom.ErrorOf(one));
        Assert.Equal(HttpStatusCode.TooManyRequests, nextSession.StatusCode);
        Assert.Single((await own.App.Grains.GetGrain<Teams.ITeamGrain>(started[0].TeamId).GetView().WaitAsync(Eventually.DefaultTimeout)).Sessions);
        Assert.NotEqual(started[0].TeamId, elsewhere.TeamId);
        Assert.Contains(own.App.Logs.Lines, line => line.Event.Id == 4003 && line.Text.Contains("127.0.0.30 was rate limited on starting workshops", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_start_key_set_only_those_who_give_it_start_a_workshop_and_the_key_never_reaches_the_log()
    {
        const string key = "correct horse battery staple";
        await using var own = await OwnApp.StartAsync(settings => settings with { More = new Dictionary<string, string> { ["Live:StartKey"] = key } });

        var requirements = await own.Http.GetFromJsonAsync<StartRequirements>("/api/start").WaitAsync(Eventually.DefaultTimeout);
        using var without = await StartAsync(own.Http, new { teamName = "Blue team", sessionTitle = "Day one" });
        using var wrong = await StartAsync(own.Http, new { teamName = "Blue team", sessionTitle = "Day one", startKey = "correct horse battery stable" });
        using var right = await StartAsync(own.Http, new { teamName = "Blue team", sessionTitle = "Day one", startKey = key });
        var started = (await right.Content.ReadFromJsonAsync<WorkshopStarted>().WaitAsync(Eventually.DefaultTimeout))!;
        // The team's facilitators start their next sessions with their own key; the start key is for new teams.
        using var nextSession = await SendAsync(own.Http, $"/api/teams/{started.TeamId}/sessions", started.FacilitatorKey, new { sessionTitle = "Day two" });

        Assert.True(requirements!.StartKeyRequired);
        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        Assert.Equal(StartKey.Needed, await SecureRoom.ErrorOf(without));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(StartKey.Wrong, await SecureRoom.ErrorOf(wrong));
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
        Assert.Equal(HttpStatusCode.Created, nextSession.StatusCode);
        var lines = own.App.Logs.Lines;
        Assert.DoesNotContain(lines, line => line.Text.Contains("horse battery", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Event.Id == 4011 && line.Text.Contains("from 127.0.0.1 was refused (wrong start key)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Event.Id == 4011 && line.Text.Contains("from 127.0.0.1 was refused (no start key)", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> StartAsync(HttpClient http, object request) =>
        http.PostAsJsonAsync("/api/teams", request).WaitAsync(Eventually.DefaultTimeout);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await http.SendAsync(request).WaitAsync(Eventually.DefaultTimeout);
    }
}
