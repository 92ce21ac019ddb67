using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Grains.Activities.Points;
using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Tests.Grains;

public sealed class PointsStateTests
{
    private static PointsState Vote()
    {
        var state = new PointsState
        {
            SessionId = "session-1",
            Title = "Culture priorities",
            Status = ActivityStatus.Open,
            Anonymous = false,
            Budget = 100,
            Step = 5,
            Statements = [new Statement("s1", "We say what we really think"), new Statement("s2", "Mistakes are for learning")],
            Allocations =
            {
                ["ana"] = new StoredAllocation { Points = new() { ["s1"] = 65, ["s2"] = 35 }, Revision = 2 },
                ["ben"] = new StoredAllocation { Points = new() { ["s2"] = 5 }, Revision = 1 },
            },
        };
        state.Allocations["ana"].Remember("sub-1");
        return state;
    }

    [Fact]
    public void A_points_vote_is_stored_as_plain_json_and_reads_back_the_same()
    {
        var json = new GrainStateJson(earlier: null!);

        var stored = json.Serialize(Vote());
        var read = json.Deserialize<PointsState>(stored);

        Assert.DoesNotContain("Entries", stored.ToString());
        Assert.DoesNotContain("PointsGiven", stored.ToString());
        Assert.Equal((100, 5, "Culture priorities", false), (read.Budget, read.Step, read.Title, read.Anonymous));
        Assert.Equal(["We say what we really think", "Mistakes are for learning"], read.Statements.Select(s => s.Text));
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 65, ["s2"] = 35 }, read.Allocations["ana"].Points);
        Assert.Equal((1, 5), (read.Allocations["ben"].Revision, read.Allocations["ben"].Points["s2"]));
        Assert.True(read.Allocations["ana"].Remembers("sub-1"));
    }

    [Fact]
    public void An_allocation_changed_after_a_write_is_stored_with_its_change()
    {
        var json = new GrainStateJson(earlier: null!);
        var state = Vote();
        json.Serialize(state); // keeps each allocation's bytes for the next write

        state.Allocations["ana"].Points = new() { ["s2"] = 100 };
        state.Allocations["ben"].Remember("sub-2");
        var read = json.Deserialize<PointsState>(json.Serialize(state));

        Assert.Equal(new Dictionary<string, int> { ["s2"] = 100 }, read.Allocations["ana"].Points);
        Assert.True(read.Allocations["ben"].Remembers("sub-2"));
    }
}
