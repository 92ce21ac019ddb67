using System.Net;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Faults;

/// <summary>Storage unreachable for ten seconds in the middle of voting.</summary>
public sealed class StorageOutageTests
{
    private const int Participants = 12;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task While_storage_is_down_votes_say_not_saved_and_once_it_is_back_every_acknowledged_vote_is_there_once()
    {
        await using var storage = new CuttableDatabase(SharedPostgres.Server);
        var settings = LiveAppSettings.Isolated();
        await using var app = LiveApp.Start(settings with { Storage = settings.Storage.Via(storage.ConnectionString) });
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
        var (workshop, console, activityId) = await OpenVoteAsync(http, app.BaseAddress);
        await using var _ = console;
        var phones = await JoinAsync(http, workshop, [app.BaseAddress]);

        await VoteThroughOutageAsync(phones, activityId, storage, async () =>
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
        });

        await AssertEveryAcknowledgedBallotCountedOnceAsync(app, console, phones, activityId);
        await DisposeAsync(phones);
    }

    [Fact]
    public async Task The_database_stopped_for_ten_seconds_and_started_again_keeps_every_acknowledged_vote_once()
    {
        // The database itself goes away (stopped as Ctrl+C on start.sh stops it) and comes back on the
        // same port and data, while the node keeps running.
        await using var postgres = await Postgres.StartNewAsync();
        await using var app = LiveApp.Start(LiveAppSettings.Isolated(postgres));
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
        var (workshop, console, activityId) = await OpenVoteAsync(http, app.BaseAddress);
        await using var _ = console;
        var phones = await JoinAsync(http, workshop, [app.BaseAddress]);

        await VoteThroughOutageAsync(phones, activityId, postgres.StopAsync, postgres.StartAsync, async () =>
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode));

        await AssertEveryAcknowledgedBallotCountedOnceAsync(app, console, phones, activityId);
        await DisposeAsync(phones);
    }

    [Fact]
    public async Task With_two_node_processes_a_storage_outage_crashes_no_node_declares_none_dead_and_keeps_every_acknowledged_vote_once()
    {
        await using var storage = new CuttableDatabase(SharedPostgres.Server);
        var direct = ClusterStorage.OnPostgres(SharedPostgres.Server.ConnectionString);
        // Grain state and the membership table both go through the passage, as they would to a database across a network.
        var throughPassage = direct.Via(storage.ConnectionString);
        await using var first = await NodeProcess.StartAsync(throughPassage);
        await using var second = await NodeProcess.StartAsync(throughPassage);
        await using var probe = await ClusterProbe.ConnectAsync(direct);
        using var http = new HttpClient { BaseAddress = first.BaseAddress, Timeout = Eventually.DefaultTimeout };
        var (workshop, console, activityId) = await OpenVoteAsync(http, first.BaseAddress);
        await using var _ = console;
        var phones = await JoinAsync(http, workshop, [first.BaseAddress, second.BaseAddress]);

        await VoteThroughOutageAsync(phones, activityId, storage, async () =>
        {
            foreach (var node in new[] { first, second })
            {
                using var outside = new HttpClient { BaseAddress = node.BaseAddress, Timeout = Eventually.DefaultTimeout };
                Assert.Equal(HttpStatusCode.ServiceUnavailable, (await outside.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
            }
        });

        Assert.False(first.HasExited, "The first node crashed.");
        Assert.False(second.HasExited, "The second node crashed.");
        Assert.Equal(new Dictionary<int, SiloStatus> { [first.SiloPort!.Value] = SiloStatus.Active, [second.SiloPort!.Value] = SiloStatus.Active },
            await probe.MembersAsync());
        var stored = await StoredBallots.ReadAsync(direct, activityId);
        Assert.Equal(phones.ToDictionary(p => p.Phone.Joined.ParticipantId, p => p.Phone.LastAcknowledged!), stored);
        await console.WaitForActivityAsync(activityId, v => v.DotsPlaced == Participants * 3, "the console to show the stored tally");
        await DisposeAsync(phones);
    }

    private static async Task<(WorkshopStarted Workshop, LiveClient Console, string ActivityId)> OpenVoteAsync(HttpClient http, Uri node)
    {
        var workshop = await Workshop.StartAsync(http);
        var console = await LiveClient.ConnectAsync(node, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn", "Lead together"], 3, 2, false));
        await console.SteerAsync(activityId, ActivityCommands.Open);
        return (workshop, console, activityId);
    }

    /// <summary>Participants joined and connected in turn to each of <paramref name="nodes"/>.</summary>
    private static async Task<List<(VotingPhone Phone, Uri Node)>> JoinAsync(HttpClient http, WorkshopStarted workshop, Uri[] nodes)
    {
        var phones = new List<(VotingPhone, Uri)>();
        for (var i = 0; i < Participants; i++)
        {
            var node = nodes[i % nodes.Length];
            phones.Add((await VotingPhone.JoinAsync(http, node, workshop.JoinCode, $"P{i}"), node));
        }

        return phones;
    }

    private static async Task AssertEveryAcknowledgedBallotCountedOnceAsync(LiveApp app, LiveClient console, List<(VotingPhone Phone, Uri Node)> phones, string activityId)
    {
        var stored = await app.Grains.GetGrain<ICulturePrioritiesGrain>(activityId).GetVoteView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(Participants, stored.Stage.Contributors);
        Assert.Equal(Participants * 3, stored.DotsPlaced);
        var expected = new[] { "s1", "s2", "s3" }.Select(s => phones.Sum(p => p.Phone.LastAcknowledged!.GetValueOrDefault(s)));
        Assert.Equal(expected, stored.Tally!.Select(t => t.Dots));
        await console.WaitForActivityAsync(activityId, v => v.DotsPlaced == Participants * 3, "the console to show the stored tally");
    }

    private static Task VoteThroughOutageAsync(List<(VotingPhone Phone, Uri Node)> phones, string activityId, CuttableDatabase storage, Func<Task> duringOutage) =>
        VoteThroughOutageAsync(phones, activityId,
            () => { storage.Cut(); return Task.CompletedTask; },
            () => { storage.Restore(); return Task.CompletedTask; },
            duringOutage);

    /// <summary>
    /// Every phone stores one ballot, storage goes away, every phone moves its dots (and keeps trying
    /// by itself), storage comes back; returns once every phone's move is stored.
    /// </summary>
    private static async Task VoteThroughOutageAsync(List<(VotingPhone Phone, Uri Node)> phones, string activityId, Func<Task> goAway, Func<Task> comeBack, Func<Task> duringOutage)
    {
        await Task.WhenAll(phones.Select((p, i) =>
            p.Phone.CastUntilStoredAsync(activityId, new() { [$"s{i % 3 + 1}"] = 1 }, p.Node, TimeSpan.FromMinutes(1))));
        await goAway().WaitAsync(TimeSpan.FromMinutes(1));

        var moving = phones.Select((p, i) => p.Phone.CastUntilStoredAsync(activityId,
            new() { [$"s{i % 3 + 1}"] = 2, [$"s{(i + 1) % 3 + 1}"] = 1 }, p.Node, TimeSpan.FromMinutes(2))).ToList();
        await Eventually.IsTrueAsync(() => phones.All(p => p.Phone.NotSaved > 0), "every phone to be told its ballot is not saved");
        await duringOutage();
        await Task.Delay(Outage, TestContext.Current.CancellationToken); // the outage itself, not a wait for a condition
        await comeBack().WaitAsync(TimeSpan.FromMinutes(2));

        await Task.WhenAll(moving).WaitAsync(TimeSpan.FromMinutes(2));
    }

    private static async Task DisposeAsync(List<(VotingPhone Phone, Uri Node)> phones)
    {
        foreach (var (phone, _) in phones)
        {
            await phone.DisposeAsync();
        }
    }
}
