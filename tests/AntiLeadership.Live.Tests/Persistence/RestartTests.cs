using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Silo;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Persistence;

/// <summary>Everything acknowledged survives a full stop of the silo and of the storage server itself.</summary>
public sealed class RestartTests
{
    [Theory]
    [InlineData(StorageModes.PostgreSql)]
    [InlineData(StorageModes.AzureStorage)]
    public async Task Votes_teams_and_sessions_survive_a_full_restart_of_the_silo_and_storage(string storage)
    {
        await using var server = await IStorageServer.StartNewAsync(storage);
        var settings = LiveAppSettings.Isolated(server);
        WorkshopStarted workshop;
        JoinedSession ana, ben;
        string activityId, shortVoteId;
        DateTimeOffset closesAt;

        await using (var before = LiveApp.Start(settings))
        {
            using var http = new HttpClient { BaseAddress = before.BaseAddress, Timeout = Eventually.DefaultTimeout };
            workshop = await Workshop.StartAsync(http);
            ana = await Workshop.JoinAsync(http, workshop.JoinCode, "Ana");
            ben = await Workshop.JoinAsync(http, workshop.JoinCode, "Ben");
            await using var facilitator = await LiveClient.ConnectAsync(before.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
            activityId = await facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
                new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn from mistakes", "Lead together"], 3, 2, true));
            await facilitator.SteerAsync(activityId, ActivityCommands.Open);
            await using var anaPhone = await LiveClient.ConnectAsync(before.BaseAddress, ana.SessionId, ana.Credential);
            await using var benPhone = await LiveClient.ConnectAsync(before.BaseAddress, ben.SessionId, ben.Credential);
            Assert.True((await anaPhone.CastDotsAsync(activityId, "a-1", new Dictionary<string, int> { ["s1"] = 2, ["s3"] = 1 })).Accepted);
            Assert.True((await benPhone.CastDotsAsync(activityId, "b-1", new Dictionary<string, int> { ["s3"] = 2 })).Accepted);

            // Two timers: one that ends long after the restart, one that ends while everything is down.
            await facilitator.SteerAsync(activityId, ActivityCommands.Timer, 1800);
            closesAt = (await before.Grains.GetGrain<ICulturePrioritiesGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout)).Stage.ClosesAt!.Value;
            shortVoteId = await facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
                new CulturePrioritiesSetup("Quick check", ["Yes", "No"], 1, 1, false, Anonymous: false));
            await facilitator.SteerAsync(shortVoteId, ActivityCommands.Timer, 1);
        }

        await server.StopAsync();
        await server.StartAsync();

        await using var after = LiveApp.Start(settings);
        using var again = new HttpClient { BaseAddress = after.BaseAddress, Timeout = Eventually.DefaultTimeout };
        var lookup = await again.GetAsync($"/api/join/{workshop.JoinCode}", TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout);
        Assert.True(lookup.IsSuccessStatusCode);
        await using var board = await LiveClient.ConnectAsync(after.BaseAddress, workshop.SessionId, credential: null);
        await using var console = await LiveClient.ConnectAsync(after.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        await using var anaAgain = await LiveClient.ConnectAsync(after.BaseAddress, ana.SessionId, ana.Credential);

        await console.WaitForActivityAsync(activityId, v => v.DotsPlaced == 5, "the stored votes after the restart");
        var view = console.Activity(activityId)!;
        Assert.Equal([2, 0, 3], view.Tally!.Select(t => t.Dots));
        Assert.Equal(2, view.Stage.Contributors);
        Assert.Equal(ActivityStatus.Open, view.Stage.Status);
        Assert.True(view.Stage.HideResultsUntilRevealed);
        await board.WaitForActivityAsync(activityId, v => v.Stage.Contributors == 2 && v.Tally is null, "the board to keep the results hidden");
        await Eventually.IsTrueAsync(() => anaAgain.Ballot?.Dots.GetValueOrDefault("s1") == 2, "Ana's own dots after the restart");
        Assert.Equal(2, console.Session!.JoinedCount);
        Assert.Equal("Blue team", console.Session.TeamName);

        Assert.Equal(closesAt, view.Stage.ClosesAt);
        var shortVote = await after.Grains.GetGrain<ICulturePrioritiesGrain>(shortVoteId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(ActivityStatus.Closed, shortVote.Stage.Status);
        // Both settings of anonymity survive: the named vote must not come back anonymous, nor the other way.
        Assert.False(shortVote.Stage.Anonymous);
        Assert.True(view.Stage.Anonymous);

        var rejoined = await Workshop.JoinAsync(again, workshop.JoinCode, "Ana", ana.Credential);
        Assert.Equal(ana.ParticipantId, rejoined.ParticipantId);
    }
}
