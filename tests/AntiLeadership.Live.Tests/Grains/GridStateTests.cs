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

    [Fact]
    public void A_participants_placements_are_written_afresh_whenever_they_or_their_revision_or_submissions_change()
    {
        var state = new GridState { Placements = { ["ana"] = new StoredPlacements { Placements = { ["i1"] = new GridPlacement(10, 90) }, Revision = 1 } } };
        var json = new GrainStateJson(earlier: null!);
        var first = json.Serialize(state).ToString();

        var entry = state.Placements["ana"];
        entry.Placements = new Dictionary<string, GridPlacement> { ["i2"] = new(33, 44) };
        var moved = json.Serialize(state).ToString();
        entry.Revision = 7;
        var revised = json.Serialize(state).ToString();
        entry.Remember("sub-9");
        var remembered = json.Serialize(state).ToString();

        Assert.Contains("\"i1\":{\"X\":10,\"Y\":90}", first);
        Assert.Contains("\"i2\":{\"X\":33,\"Y\":44}", moved);
        Assert.DoesNotContain("\"i1\"", moved);
        Assert.Contains("\"Revision\":7", revised);
        Assert.True(json.Deserialize<GridState>(new BinaryData(remembered)).Placements["ana"].Remembers("sub-9"));
        Assert.Equal(remembered, json.Serialize(state).ToString());
    }
}
