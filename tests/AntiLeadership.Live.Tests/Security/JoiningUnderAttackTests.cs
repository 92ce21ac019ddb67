using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using AntiLeadership.Live.Web.Hosting;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>
/// Joining survives guessing from many addresses and a big room behind one address, with the shipped
/// limits. Addresses 127.0.0.N stand in for other machines (<see cref="OtherMachine"/>).
/// </summary>
public sealed class JoiningUnderAttackTests
{
    private static readonly LiveLimits Shipped = new();

    private static LiveAppSettings ShippedLimits(LiveAppSettings settings) =>
        settings with { JoinsPerMinutePerAddress = Shipped.JoinsPerMinutePerAddress };

    [Fact]
    public async Task Wrong_codes_from_sixty_one_addresses_at_once_keep_nobody_else_out_and_raise_one_alarm()
    {
        await using var own = await OwnApp.StartAsync(ShippedLimits);
        var workshop = await Workshop.StartAsync(own.Http);
        using var anaPhone = own.HttpFrom(50);
        using var benPhone = own.HttpFrom(101); // shares its address with the first guesser
        var ana = await Workshop.JoinAsync(anaPhone, workshop.JoinCode, "Ana");
        var ben = await Workshop.JoinAsync(benPhone, workshop.JoinCode, "Ben");
        var guessers = Enumerable.Range(101, 61).Select(own.HttpFrom).ToList();

        // 610 wrong codes, ten from each of 61 addresses, all at once: each address within its own allowance.
        var guesses = await Task.WhenAll(guessers.SelectMany(http => Enumerable.Range(0, 10).Select(_ => StatusOfAsync(http, JoinCodes.New()))))
            .WaitAsync(TimeSpan.FromMinutes(1));
        using var carlaPhone = own.HttpFrom(200);
        var newcomerLookup = await StatusOfAsync(carlaPhone, workshop.JoinCode);
        var carla = await Workshop.JoinAsync(carlaPhone, workshop.JoinCode, "Carla");
        var anaReload = await StatusOfAsync(anaPhone, workshop.JoinCode);
        var anaBack = await Workshop.JoinAsync(anaPhone, workshop.JoinCode, "Ana", ana.Credential);
        var benAsStranger = await StatusOfAsync(benPhone, workshop.JoinCode);
        var benReload = await StatusOfAsync(benPhone, workshop.JoinCode, ben.Credential);
        var benBack = await Workshop.JoinAsync(benPhone, workshop.JoinCode, "Ben", ben.Credential);
        guessers.ForEach(http => http.Dispose());

        Assert.All(guesses, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.OK, newcomerLookup);
        Assert.Equal(HttpStatusCode.OK, anaReload);
        Assert.Equal(ana.ParticipantId, anaBack.ParticipantId);
        // Per-address limits stay: Ben's address guessed ten times, so it waits; Ben himself, with his credential, does not.
        Assert.Equal(HttpStatusCode.TooManyRequests, benAsStranger);
        Assert.Equal(HttpStatusCode.OK, benReload);
        Assert.Equal(ben.ParticipantId, benBack.ParticipantId);
        Assert.NotEqual(ana.ParticipantId, carla.ParticipantId);
        Assert.Equal(3, (await own.App.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).JoinedCount);
        var alarm = Assert.Single(own.App.Logs.Lines, line => line.Event.Id == 4010);
        Assert.Contains("guessing from many addresses", alarm.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_room_of_three_hundred_behind_one_address_joins_within_a_minute_with_the_shipped_limits()
    {
        await using var own = await OwnApp.StartAsync(ShippedLimits);
        var workshop = await Workshop.StartAsync(own.Http);
        using var nat = own.HttpFrom(77);
        nat.Timeout = TimeSpan.FromMinutes(1);

        var clock = Stopwatch.StartNew();
        var statuses = await Task.WhenAll(Enumerable.Range(0, 300).Select(async i =>
        {
            var lookup = await StatusOfAsync(nat, workshop.JoinCode);
            using var join = await nat.PostAsJsonAsync($"/api/join/{workshop.JoinCode}", new { displayName = $"Person {i}" });
            return (lookup, join: join.StatusCode);
        })).WaitAsync(TimeSpan.FromMinutes(2));
        clock.Stop();

        Assert.All(statuses, s => Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), s));
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.Equal(300, (await own.App.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).JoinedCount);
    }

    [Fact]
    public async Task Coming_back_with_ones_own_credential_is_never_counted_as_a_join_and_a_refused_newcomer_waits_seconds()
    {
        await using var own = await OwnApp.StartAsync(settings => settings with { JoinsPerMinutePerAddress = 2 });
        var workshop = await Workshop.StartAsync(own.Http);
        var ana = await Workshop.JoinAsync(own.Http, workshop.JoinCode, "Ana");
        var ben = await Workshop.JoinAsync(own.Http, workshop.JoinCode, "Ben");

        using var carla = await own.Http.PostAsJsonAsync($"/api/join/{workshop.JoinCode}", new { displayName = "Carla" }).WaitAsync(Eventually.DefaultTimeout);
        var anaBack = await Workshop.JoinAsync(own.Http, workshop.JoinCode, "Ana", ana.Credential);
        var benBack = await Workshop.JoinAsync(own.Http, workshop.JoinCode, "Ben", ben.Credential);

        Assert.Equal(HttpStatusCode.TooManyRequests, carla.StatusCode);
        var seconds = int.Parse(carla.Headers.GetValues("Retry-After").Single());
        // Two a minute come back one every 30 s, not all at the end of a minute.
        Assert.InRange(seconds, 1, 30);
        Assert.Equal($"Many people are joining at once — try again in {seconds} s.", await SecureRoom.ErrorOf(carla));
        Assert.Equal(ana.ParticipantId, anaBack.ParticipantId);
        Assert.Equal(ben.ParticipantId, benBack.ParticipantId);
        Assert.Equal(2, (await own.App.Grains.GetGrain<Teams.ITeamGrain>(workshop.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout)).MemberCount);
    }

    /// <summary>Looks a code up, as a stranger or (with <paramref name="credential"/>) as a phone that has been in the team.</summary>
    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient http, string code, string? credential = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/join/{code}");
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        using var response = await http.SendAsync(request).WaitAsync(http.Timeout);
        return response.StatusCode;
    }
}
