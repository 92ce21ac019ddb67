using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Grains.Activities.Rankings;
using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Tests.Grains;

public sealed class RankingStateTests
{
    [Fact]
    public void A_ranking_is_stored_as_plain_json_once_per_participant_and_reads_back_the_same()
    {
        var state = new RankingState
        {
            SessionId = "session-1",
            Title = "What matters most",
            Status = ActivityStatus.Open,
            Statements = [new Statement("s1", "We decide together"), new Statement("s2", "Mistakes are for learning")],
            Rankings = { ["ana"] = new StoredRanking { Order = ["s2", "s1"], Revision = 3 }, ["ben"] = new StoredRanking { Order = ["s1"], Revision = 1 } },
        };
        state.Rankings["ana"].Remember("sub-1");
        Assert.Equal(1, state.Rankings["ana"].PlaceOf("s2"));
        var json = new GrainStateJson(earlier: null!);

        var stored = json.Serialize(state).ToString();
        var read = json.Deserialize<RankingState>(new BinaryData(stored));

        Assert.DoesNotContain("Entries", stored);
        Assert.DoesNotContain("places", stored, StringComparison.OrdinalIgnoreCase);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(stored, "\"s2\",\"s1\""));
        Assert.Equal(["s2", "s1"], read.Rankings["ana"].Order);
        Assert.Equal(((int?)1, (int?)2, (int?)null), (read.Rankings["ana"].PlaceOf("s2"), read.Rankings["ana"].PlaceOf("s1"), read.Rankings["ben"].PlaceOf("s2")));
        Assert.True(read.Rankings["ana"].Remembers("sub-1"));
        Assert.Equal(3, read.Rankings["ana"].Revision);
        Assert.Equal("We decide together", read.Statements[0].Text);
    }
}
