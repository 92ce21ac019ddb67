using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Grid;
using AntiLeadership.Live.Grains.Activities.Grid;
using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Tests.Grains;

public sealed class GridStateTests
{
    [Fact]
    public void A_2x2_is_stored_as_plain_json_once_per_participant_and_reads_back_the_same()
    {
        var state = new GridState
        {
            SessionId = "session-1",
            Title = "Where to start",
            Status = ActivityStatus.Open,
            Anonymous = false,
            X = new GridAxis("Effort", "low", "high"),
            Y = new GridAxis("Impact", "none", "huge"),
            Items = [new GridItem("i1", "Fix the build"), new GridItem("i2", "Write notes")],
            Placements =
            {
                ["ana"] = new StoredPlacements { Placements = { ["i1"] = new GridPlacement(10, 90) }, Revision = 2 },
                ["ben"] = new StoredPlacements { Revision = 1 },
            },
        };
        state.Placements["ana"].Remember("sub-1");
        var json = new GrainStateJson(earlier: null!);

        var stored = json.Serialize(state);
        var read = json.Deserialize<GridState>(stored);

        Assert.DoesNotContain("Entries", stored.ToString());
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(stored.ToString(), "\"ana\""));
        Assert.Equal((state.X, state.Y, state.Title, state.Anonymous), (read.X, read.Y, read.Title, read.Anonymous));
        Assert.Equal(state.Items, read.Items);
        Assert.Equal(new GridPlacement(10, 90), read.Placements["ana"].Placements["i1"]);
        Assert.Empty(read.Placements["ben"].Placements);
        Assert.True(read.Placements["ana"].Remembers("sub-1"));
        Assert.Equal(2, read.Placements["ana"].Revision);
    }
}
