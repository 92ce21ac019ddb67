using System.Text.Json;
using System.Text.Json.Nodes;
using static AntiLeadership.Live.Tests.Grains.CulturePrioritiesSetups;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// A team's votes stored before activities became a platform must load unchanged: the state below is
/// byte for byte what the product wrote then (a culture-priorities state with its ballots, one retry
/// remembered by its whole id as still older states hold them).
/// </summary>
public sealed class EarlierActivityStateTests(ObservedStorageFixture fixture) : IClassFixture<ObservedStorageFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private const string WrittenBeforeThePlatform = """
        {"SessionId":"session-e","Title":"What we value","Statements":[{"StatementId":"s1","Text":"We say what we really think"},{"StatementId":"s2","Text":"Mistakes are for learning"},{"StatementId":"s3","Text":"Everyone can lead"}],"DotsPerParticipant":3,"MaxDotsPerStatement":2,"HideResultsUntilRevealed":true,"Status":"Open","Revealed":false,"Version":7,"Ballots":{"ana":{"Dots":{"s1":2,"s2":1},"Revision":2,"RecentSubmissionIds":["6f1c2d9e-aaaa-4bbb-8ccc-123456789abc","QmFsbG90Mg12"]},"ben":{"Dots":{"s3":2},"Revision":1,"RecentSubmissionIds":["bXlGaW5nZXI0"]}},"ClosesAt":null,"Anonymous":false}
        """;

    [Fact]
    public async Task A_vote_stored_before_activities_became_a_platform_loads_with_every_ballot_and_setting()
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        ObservedStorageFixture.Storage.Store("culture-priorities", vote.GetGrainId(), JsonDocument.Parse(WrittenBeforeThePlatform).RootElement);

        var view = await vote.GetVoteView().WaitAsync(Timeout);
        var ana = await vote.GetBallot("ana").WaitAsync(Timeout);
        var retry = await vote.CastDots("ana", "6f1c2d9e-aaaa-4bbb-8ccc-123456789abc", Dots(("s3", 1))).WaitAsync(Timeout);

        Assert.Equal("What we value", view.Stage.Title);
        Assert.Equal(["We say what we really think", "Mistakes are for learning", "Everyone can lead"], view.Statements.Select(s => s.Text));
        Assert.Equal(ActivityStatus.Open, view.Stage.Status);
        Assert.True(view.Stage.HideResultsUntilRevealed);
        Assert.False(view.Stage.Anonymous);
        Assert.Equal(["ana", "ben"], view.Stage.ContributorIds!.Order());
        Assert.Equal([2, 1, 2], view.Tally!.Select(t => t.Dots));
        Assert.Equal(7, view.Version);
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 2, ["s2"] = 1 }, ana.Dots);
        Assert.Equal(2, ana.Revision);
        Assert.True(retry.AlreadyCounted);
        Assert.Equal(ana.Dots, retry.Ballot.Dots);
    }

    [Fact]
    public async Task A_vote_stored_before_the_platform_takes_new_votes_and_stores_them_under_the_same_names()
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        ObservedStorageFixture.Storage.Store("culture-priorities", vote.GetGrainId(), JsonDocument.Parse(WrittenBeforeThePlatform).RootElement);

        var moved = await vote.CastDots("ben", "ben-2", Dots(("s1", 1), ("s3", 1))).WaitAsync(Timeout);
        // A vote alone goes to the journal; a facilitator's command then writes the whole state.
        var slot = ObservedStorageFixture.Storage.Stored<JsonObject>("culture-priorities-journal-1", vote.GetGrainId());
        Assert.True((await vote.Steer(new ActivityCommand(ActivityCommands.Reveal)).WaitAsync(Timeout)).Succeeded);
        var stored = ObservedStorageFixture.Storage.Stored<JsonObject>("culture-priorities", vote.GetGrainId());

        Assert.True(moved.Accepted);
        Assert.Equal(2, moved.Ballot.Revision);
        Assert.NotNull(slot);
        Assert.Equal(1, slot["Sequence"]!.GetValue<long>());
        Assert.Equal(1, slot["Entries"]!["ben"]!["Dots"]!["s1"]!.GetValue<int>());
        Assert.NotNull(stored);
        Assert.Equal(1, stored["Ballots"]!["ben"]!["Dots"]!["s1"]!.GetValue<int>());
        Assert.Equal(2, stored["Ballots"]!["ana"]!["Dots"]!["s1"]!.GetValue<int>());
        Assert.Equal("What we value", stored["Title"]!.GetValue<string>());
        Assert.Equal("Open", stored["Status"]!.GetValue<string>());
        Assert.Equal(9, stored["Version"]!.GetValue<long>());
        Assert.Equal(1, stored["JournalSequence"]!.GetValue<long>());
        // Entries is how the platform reaches the ballots; they are stored once, under their own name.
        Assert.False(stored.ContainsKey("Entries"));
    }
}
