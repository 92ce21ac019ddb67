using System.Net;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Faults;

/// <summary>Storage unreachable for ten seconds in the middle of voting.</summary>
public sealed class StorageOutageTests
{
    private const int Participants = 12;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task While_storage_is_down_votes_say_not_saved_and_once_it_is_back_every_acknowledged_vote_is_there_once()
    {
        await using var azurite = await Azurite.StartNewAsync();
        await using var blobs = new TcpPassage(azurite.BlobPort);
        await using var tables = new TcpPassage(azurite.TablePort);
        var settings = LiveAppSettings.Isolated(azurite) with { ConnectionString = azurite.ConnectionStringVia(blobs.Port, tables.Port) };
        await using var app = LiveApp.Start(settings);
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };

        var workshop = await Workshop.StartAsync(http);
        await using var console = await LiveClient.ConnectAsync(app.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await console.InvokeAsync<string>("AddCulturePriorities", Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn", "Lead together"], 3, 2, false));
        await console.InvokeAsync("OpenVoting", activityId);
        var phones = new List<VotingPhone>();
        for (var i = 0; i < Participants; i++)
        {
            phones.Add(await VotingPhone.JoinAsync(http, app.BaseAddress, workshop.JoinCode, $"P{i}"));
        }

        // Every phone stores one ballot, storage goes away, every phone moves its dots (and keeps
        // trying), storage comes back.
        await Task.WhenAll(phones.Select((p, i) => p.CastUntilStoredAsync(activityId, new() { [$"s{i % 3 + 1}"] = 1 }, app.BaseAddress, TimeSpan.FromMinutes(1))));
        blobs.Cut();
        tables.Cut();
        var moving = phones.Select((p, i) => p.CastUntilStoredAsync(activityId, new() { [$"s{i % 3 + 1}"] = 2, [$"s{(i + 1) % 3 + 1}"] = 1 }, app.BaseAddress, TimeSpan.FromMinutes(2))).ToList();
        await Eventually.IsTrueAsync(() => phones.All(p => p.NotSaved > 0), "every phone to be told its ballot is not saved");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
        await Task.Delay(Outage, TestContext.Current.CancellationToken); // the outage itself, not a wait for a condition
        blobs.Restore();
        tables.Restore();
        await Task.WhenAll(moving).WaitAsync(TimeSpan.FromMinutes(2));

        var stored = await app.Grains.GetGrain<ICulturePrioritiesGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(Participants, stored.VoterCount);
        Assert.Equal(Participants * 3, stored.DotsPlaced);
        var expected = new[] { "s1", "s2", "s3" }.Select(s => phones.Sum(p => p.LastAcknowledged!.GetValueOrDefault(s)));
        Assert.Equal(expected, stored.Tally!.Select(t => t.Dots));
        await console.WaitForActivityAsync(activityId, v => v.DotsPlaced == Participants * 3, "the console to show the stored tally");
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }
}
