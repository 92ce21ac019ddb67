using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Grains.Retention;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Persistence;

/// <summary>
/// An activity stores a participant's change in a small journal slot beside its full state (issue 16 §2),
/// on a real PostgreSQL server: what was written there comes back after a restart, a write costs what
/// changed rather than the whole room, and deleting the activity deletes the journal too.
/// </summary>
public sealed class ActivityJournalTests
{
    /// <summary>More writes than the journal has slots (32), so the ring wraps and the full state is written in between.</summary>
    private const int MoreWritesThanSlots = 45;

    private static readonly CulturePrioritiesSetup Vote = new("Culture priorities", ["Say it", "Learn from mistakes", "Lead together"], 3, 2, false);

    private static Dictionary<string, int> BallotOf(int participant) =>
        participant % 2 == 0 ? new() { ["s1"] = 2, ["s3"] = 1 } : new() { ["s2"] = 1 };

    [Fact]
    public async Task Contributions_written_to_the_journal_come_back_after_a_restart_also_once_the_ring_has_wrapped()
    {
        var settings = LiveAppSettings.Isolated();
        string activityId;
        await using (var before = LiveApp.Start(settings))
        {
            (_, activityId) = await OpenVoteAsync(before);
            var vote = before.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);

            // One at a time, so that each is a write of its own.
            for (var p = 0; p < MoreWritesThanSlots; p++)
            {
                var receipt = await CastAsync(vote, p).WaitAsync(Eventually.DefaultTimeout);
                Assert.True(receipt.Accepted, receipt.Rejection);
            }
        }

        using (var snapshot = JsonDocument.Parse(await StoredBallots.ReadRowAsync(settings.Storage, activityId)))
        {
            Assert.True(snapshot.RootElement.GetProperty("JournalSequence").GetInt64() > 0, "The ring wrapped without a full write.");
            Assert.True(snapshot.RootElement.GetProperty("Ballots").EnumerateObject().Count() < MoreWritesThanSlots, "Every ballot is in the full state: nothing was left to the journal.");
        }

        var expected = Enumerable.Range(0, MoreWritesThanSlots).ToDictionary(p => $"participant-{p}", BallotOf);
        Assert.Equal(expected, await StoredBallots.ReadAsync(settings.Storage, activityId));

        await using var after = LiveApp.Start(settings);
        var again = after.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);
        var view = (CulturePrioritiesView)await again.GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(MoreWritesThanSlots, view.Stage.Contributors);
        Assert.Equal(expected.Values.Sum(b => b.Values.Sum()), view.DotsPlaced);
        var last = (Ballot)await again.GetContribution($"participant-{MoreWritesThanSlots - 1}").WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(BallotOf(MoreWritesThanSlots - 1), last.Dots);

        // A retry of a submission stored only in the journal is recognised, not applied again.
        var retry = await again.Submit($"participant-{MoreWritesThanSlots - 1}", $"submission-{MoreWritesThanSlots - 1}", new CulturePrioritiesInput(new Dictionary<string, int> { ["s3"] = 2 })).WaitAsync(Eventually.DefaultTimeout);
        Assert.True(retry.AlreadyCounted);
        Assert.Equal(BallotOf(MoreWritesThanSlots - 1), ((Ballot)retry.Contribution).Dots);
    }

    [Fact]
    public async Task One_participant_s_change_in_a_room_of_five_hundred_is_stored_in_a_write_the_size_of_that_change()
    {
        var settings = LiveAppSettings.Isolated();
        await using var app = LiveApp.Start(settings);
        var (_, activityId) = await OpenVoteAsync(app);
        var vote = app.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);
        var room = await Task.WhenAll(Enumerable.Range(0, 500).Select(p => CastAsync(vote, p)))
            .WaitAsync(TimeSpan.FromSeconds(60));
        Assert.All(room, r => Assert.True(r.Accepted, r.Rejection));

        // A facilitator's command writes the full state, so the change below is the journal's first slot after it.
        Assert.True((await vote.Steer(new ActivityCommand(ActivityCommands.Timer, Seconds: 1800)).WaitAsync(Eventually.DefaultTimeout)).Succeeded);
        var changed = await vote.Submit("participant-7", "submission-7b", new CulturePrioritiesInput(new Dictionary<string, int> { ["s1"] = 1 })).WaitAsync(Eventually.DefaultTimeout);
        Assert.True(changed.Accepted, changed.Rejection);

        var rows = await StoredBallots.ReadRowsAsync(settings.Storage, activityId);
        var full = rows.Single(r => !r.Name.Contains("-journal-", StringComparison.Ordinal));
        var fullSequence = JsonDocument.Parse(full.Payload).RootElement.GetProperty("JournalSequence").GetInt64();
        var slot = rows.Single(r => r.Name.Contains("-journal-", StringComparison.Ordinal) && JsonDocument.Parse(r.Payload).RootElement.GetProperty("Sequence").GetInt64() == fullSequence + 1);
        Assert.Contains("participant-7", System.Text.Encoding.UTF8.GetString(slot.Payload), StringComparison.Ordinal);
        Assert.True(slot.Payload.Length < 512, $"One participant's change took {slot.Payload.Length:N0} bytes.");
        Assert.True(full.Payload.Length > 50 * slot.Payload.Length, $"The full state ({full.Payload.Length:N0} bytes) is not much bigger than one change ({slot.Payload.Length:N0}).");
    }

    [Fact]
    public async Task A_deleted_activity_leaves_no_journal_rows_behind()
    {
        var settings = LiveAppSettings.Isolated();
        await using var app = LiveApp.Start(settings);
        var (sessionId, activityId) = await OpenVoteAsync(app);
        var vote = app.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);
        for (var p = 0; p < 3; p++)
        {
            Assert.True((await CastAsync(vote, p).WaitAsync(Eventually.DefaultTimeout)).Accepted);
        }

        Assert.Contains(await StoredBallots.ReadRowsAsync(settings.Storage, activityId), r => r.Name.Contains("-journal-", StringComparison.Ordinal));
        var teamId = (await app.Grains.GetGrain<ISessionGrain>(sessionId).GetView().WaitAsync(Eventually.DefaultTimeout)).TeamId;

        Assert.True(await TeamDeletion.ForgetSessionAsync(app.Grains, teamId, sessionId).WaitAsync(Eventually.DefaultTimeout));

        Assert.Empty(await StoredBallots.ReadRowsAsync(settings.Storage, activityId));
    }

    /// <summary>Participant <paramref name="p"/>'s ballot, straight to the grain as the hub hands it on: these tests are about storage, not phones.</summary>
    private static Task<ContributionReceipt> CastAsync(ICulturePrioritiesGrain vote, int p) =>
        vote.Submit($"participant-{p}", $"submission-{p}", new CulturePrioritiesInput(BallotOf(p)));

    private static async Task<(string SessionId, string ActivityId)> OpenVoteAsync(LiveApp app)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
        WorkshopStarted workshop = await Workshop.StartAsync(http);
        await using var facilitator = await LiveClient.ConnectAsync(app.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(), Vote);
        await facilitator.SteerAsync(activityId, ActivityCommands.Open);
        return (workshop.SessionId, activityId);
    }
}
