using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CheckIns;
using AntiLeadership.Live.Grains.Activities.CheckIns;
using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Tests.Grains;

public sealed class CheckInStateTests
{
    [Fact]
    public void A_check_in_is_stored_as_plain_json_and_reads_back_the_same()
    {
        var state = new CheckInState
        {
            SessionId = "session-1",
            Title = "Closing check-in",
            Status = ActivityStatus.Open,
            Anonymous = false,
            Prompt = "How useful was today?",
            Mode = CheckInMode.Scale,
            HiddenWords = ["rude"],
            Answers = { ["ana"] = new StoredCheckIn { Word = "Calm", Scale = 4, Revision = 2 }, ["ben"] = new StoredCheckIn { Scale = 1, Revision = 1 } },
        };
        state.Answers["ana"].Remember("sub-1");
        var json = new GrainStateJson(earlier: null!);

        var stored = json.Serialize(state);
        var read = json.Deserialize<CheckInState>(stored);

        Assert.Contains("\"Mode\":\"scale\"", stored.ToString()); // by name, as the enum says: numbers may change, names may not
        Assert.DoesNotContain("Entries", stored.ToString());
        Assert.Equal((state.Prompt, state.Mode, state.Title, state.Anonymous), (read.Prompt, read.Mode, read.Title, read.Anonymous));
        Assert.Equal(["rude"], read.HiddenWords);
        Assert.Equal([("ana", "Calm", 4), ("ben", null, 1)], read.Answers.OrderBy(a => a.Key).Select(a => (a.Key, a.Value.Word, a.Value.Scale)));
        Assert.True(read.Answers["ana"].Remembers("sub-1"));
        Assert.Equal(2, read.Answers["ana"].Revision);
    }
}
