using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Grains.Activities.ScaleVotes;
using AntiLeadership.Live.Grains.Activities.Statements;
using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Tests.Grains;

public sealed class ScaleVoteStateTests
{
    private static ScaleVoteState State()
    {
        var state = new ScaleVoteState
        {
            SessionId = "session-1",
            Title = "Culture priorities",
            Status = ActivityStatus.Open,
            Anonymous = false,
            Statements = [new Statement("s1", "We say what we really think"), new Statement("s2", "Mistakes are for learning")],
            AllowProposals = true,
            Proposals = [new StoredProposal { ProposalId = "p1", AuthorId = "ben", Text = "We celebrate", Status = ProposalStatus.Waiting }],
            Answers = { ["ana"] = new StoredAnswers { Answers = new() { ["s1"] = 2, ["s2"] = 5 }, Revision = 3 }, ["ben"] = new StoredAnswers { Revision = 1 } },
        };
        state.Answers["ana"].Remember("sub-1");
        return state;
    }

    [Fact]
    public void An_agreement_scale_is_stored_as_plain_json_once_per_participant_and_reads_back_the_same()
    {
        var json = new GrainStateJson(earlier: null!);

        var stored = json.Serialize(State());
        var read = json.Deserialize<ScaleVoteState>(stored);

        Assert.DoesNotContain("Entries", stored.ToString());
        Assert.Equal(1, stored.ToString().Split("\"ana\"").Length - 1);
        Assert.Equal(["s1", "s2"], read.Statements.Select(s => s.StatementId));
        Assert.True(read.AllowProposals);
        Assert.Equal("We celebrate", Assert.Single(read.Proposals).Text);
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 2, ["s2"] = 5 }, read.Answers["ana"].Answers);
        Assert.Equal(3, read.Answers["ana"].Revision);
        Assert.True(read.Answers["ana"].Remembers("sub-1"));
        Assert.Empty(read.Answers["ben"].Answers);
    }

    [Fact]
    public void Answers_kept_as_bytes_between_writes_are_written_anew_once_they_change()
    {
        var answers = new StoredAnswers { Answers = new() { ["s1"] = 2 } };
        var first = JsonSerializer.Serialize(answers);

        answers.Answers = new() { ["s1"] = 4 };
        var changed = JsonSerializer.Serialize(answers);
        answers.Remember("sub-2");
        var remembered = JsonSerializer.Serialize(answers);

        Assert.Contains("\"s1\":2", first);
        Assert.Contains("\"s1\":4", changed);
        Assert.NotEqual(changed, remembered);
        Assert.Equal(4, JsonSerializer.Deserialize<StoredAnswers>(remembered)!.Answers["s1"]);
    }
}
