using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.ScaleVotes;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Grains.Activities.ScaleVotes;

namespace AntiLeadership.Live.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class ScaleVoteGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly string[] Statements = ["We say what we really think", "Mistakes are for learning", "Everyone can lead", "We decide together"];

    private static int _submissions;

    private async Task<IScaleVoteGrain> OpenVoteAsync(bool anonymous = false, bool hidden = false, bool proposals = false)
    {
        var vote = fixture.Grains.GetGrain<IScaleVoteGrain>("act-" + Guid.NewGuid().ToString("N"));
        var setup = new ScaleVoteSetup("Culture priorities", Statements, hidden, anonymous, proposals);
        Assert.True((await vote.SetUp("session-" + Guid.NewGuid().ToString("N"), setup).WaitAsync(Timeout)).Succeeded);
        Assert.True((await vote.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout)).Succeeded);
        return vote;
    }

    private static async Task<ContributionReceipt> AnswerAsync(IActivityGrain vote, string participantId, params (string StatementId, int Answer)[] answers) =>
        await vote.Submit(participantId, $"sub-{Interlocked.Increment(ref _submissions)}", new ScaleVoteInput(answers.ToDictionary(a => a.StatementId, a => a.Answer))).WaitAsync(Timeout);

    /// <summary>Each person answers <paramref name="statementId"/> with the answer at their place in <paramref name="answers"/>.</summary>
    private static async Task RoomAnswersAsync(IActivityGrain vote, string statementId, params int[] answers)
    {
        for (var i = 0; i < answers.Length; i++)
        {
            Assert.True((await AnswerAsync(vote, $"p{i}", (statementId, answers[i]))).Accepted);
        }
    }

    private static async Task<ScaleVoteView> ViewAsync(IActivityGrain vote) => (ScaleVoteView)await vote.GetView().WaitAsync(Timeout);

    private static async Task<ScaleVoteView> AudienceViewAsync(IActivityGrain vote) => (ScaleVoteView)(await vote.GetView().WaitAsync(Timeout)).ForAudience();

    private static object?[] Steps(StatementAgreement agreement) => agreement.Buckets.Select(b => b.FewerThanThree ? "<3" : (object?)b.People).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task An_answer_outside_one_to_five_is_refused_and_changes_nothing(int answer)
    {
        var vote = await OpenVoteAsync();
        Assert.True((await AnswerAsync(vote, "ana", ("s1", 2))).Accepted);

        var receipt = await AnswerAsync(vote, "ana", ("s1", 4), ("s2", answer));

        Assert.False(receipt.Accepted);
        Assert.Equal("Answer each statement from 1 (strongly disagree) to 5 (strongly agree), or leave it out to skip it.", receipt.Rejection);
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 2 }, ((ScaleVoteBallot)receipt.Contribution).Answers);
        var view = await ViewAsync(vote);
        Assert.Equal([(1, 2.0), (0, null)], view.Results!.Take(2).Select(r => (r.Answered, r.Average)));
    }

    [Fact]
    public async Task Answers_to_an_unknown_statement_or_no_answers_at_all_are_refused()
    {
        var vote = await OpenVoteAsync();

        var unknown = await AnswerAsync(vote, "ana", ("s1", 3), ("s9", 3));
        var none = await vote.Submit("ana", "sub-none", new ScaleVoteInput()).WaitAsync(Timeout);

        Assert.Equal("That statement is not part of this vote.", unknown.Rejection);
        Assert.Equal("This input has no answers in it.", none.Rejection);
        var view = await ViewAsync(vote);
        Assert.Equal(0, view.Stage.Contributors);
        Assert.All(view.Results!, r => Assert.Equal(0, r.Answered));
    }

    [Fact]
    public async Task New_answers_replace_the_last_so_a_skipped_or_cleared_statement_is_left_out()
    {
        var vote = await OpenVoteAsync();
        await AnswerAsync(vote, "ana", ("s1", 2), ("s2", 5));
        await AnswerAsync(vote, "ben", ("s1", 5));

        var cleared = await AnswerAsync(vote, "ana", ("s1", 4));

        Assert.True(cleared.Accepted);
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 4 }, ((ScaleVoteBallot)cleared.Contribution).Answers);
        var view = await ViewAsync(vote);
        Assert.Equal([(2, 4.5), (0, null), (0, null), (0, null)], view.Results!.Select(r => (r.Answered, r.Average)));
        Assert.Equal(2, view.Stage.Contributors);

        // Clearing every answer leaves the participant out of those who took part.
        Assert.True((await AnswerAsync(vote, "ben")).Accepted);
        view = await ViewAsync(vote);
        Assert.Equal(1, view.Stage.Contributors);
        Assert.Equal((1, 4.0), (view.Results![0].Answered, view.Results[0].Average));
    }

    [Fact]
    public async Task Each_statement_shows_its_distribution_over_the_five_answers_its_average_and_how_many_answered()
    {
        var vote = await OpenVoteAsync(anonymous: false);
        await RoomAnswersAsync(vote, "s2", 4, 5, 4, 2, 4);

        var view = await ViewAsync(vote);

        var s2 = view.Agreement!.Single(a => a.StatementId == "s2");
        Assert.Equal(["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"], s2.Buckets.Select(b => b.Label));
        Assert.Equal([0, 1, 0, 3, 1], Steps(s2));
        Assert.Equal(5, s2.People);
        Assert.Equal(0.7, s2.Average); // (3.8 − 1) / 4: the place on 0–1 every vote on statements shares
        Assert.Equal(new StatementAnswers("s2", 5, 3.8), view.Results!.Single(r => r.StatementId == "s2"));
        Assert.Equal(new StatementAnswers("s1", 0, null), view.Results![0]);
        Assert.Null(view.Agreement!.Single(a => a.StatementId == "s1").Spread);
    }

    [Fact]
    public async Task Two_opposite_camps_are_marked_split_with_the_largest_spread_and_one_voice_has_none()
    {
        var vote = await OpenVoteAsync(anonymous: true);
        for (var i = 0; i < 6; i++)
        {
            Assert.True((await AnswerAsync(vote, $"p{i}", ("s1", i < 3 ? 1 : 5), ("s2", 4), ("s3", i < 3 ? 2 : 4))).Accepted);
        }

        var agreement = (await AudienceViewAsync(vote)).Agreement!.ToDictionary(a => a.StatementId);

        Assert.True(agreement["s1"].Split);
        Assert.Equal(1, agreement["s1"].Spread);
        Assert.Equal([3, 0, 0, 0, 3], Steps(agreement["s1"]));
        Assert.False(agreement["s2"].Split);
        Assert.Equal(0, agreement["s2"].Spread);
        // Disagree against agree is two camps too, only closer together.
        Assert.True(agreement["s3"].Split);
        Assert.Equal(0.5, agreement["s3"].Spread);
    }

    [Fact]
    public async Task In_an_anonymous_vote_neighbouring_answers_are_banded_so_no_step_of_one_or_two_is_told_for_anyone_nor_in_the_export()
    {
        var vote = await OpenVoteAsync(anonymous: true);
        await RoomAnswersAsync(vote, "s1", 1, 2, 2, 4, 4, 4);
        await AnswerAsync(vote, "p0", ("s1", 1), ("s2", 5));
        await AnswerAsync(vote, "p1", ("s1", 2), ("s2", 4));

        var full = (await ViewAsync(vote)).Agreement!;
        var audience = (await AudienceViewAsync(vote)).Agreement!;
        var results = await vote.GetResults(new Dictionary<string, string>()).WaitAsync(Timeout);

        string[] Shown(StatementAgreement a) => a.Buckets.Select(b => $"{b.Label}:{(b.FewerThanThree ? "<3" : b.People)}").ToArray();
        Assert.Equal(["Strongly disagree – Disagree:3", "Neither:0", "Agree:3", "Strongly agree:0"], Shown(full[0]));
        // Two answers in all: one band over every answer, with no number.
        Assert.Equal(["Strongly disagree – Strongly agree:<3"], Shown(full[1]));
        Assert.Equal(full.Select(Shown), audience.Select(Shown));
        Assert.All(full.SelectMany(a => a.Buckets), b => Assert.True(b.FewerThanThree ? b.People is null : b.People is 0 or >= 3));
        var rows = results.Rows.Where(r => r.Section.StartsWith("Distribution")).ToArray();
        Assert.All(rows, r => Assert.True(r.FewerThanThree ? r.People is null && r.Value is null : r.People is 0 or >= 3));
        Assert.Equal("Distribution: Strongly disagree – Strongly agree", rows.Single(r => r.Item == Statements[1] && r.FewerThanThree).Section);
        Assert.Null(((ScaleVoteDetails)results.Details!).Ballots);
    }

    [Fact]
    public async Task In_an_anonymous_vote_a_statement_one_or_two_answered_gives_no_count_or_average_in_any_view_nor_in_the_export()
    {
        var vote = await OpenVoteAsync(anonymous: true);
        await RoomAnswersAsync(vote, "s1", 5, 4, 4);
        await AnswerAsync(vote, "p0", ("s1", 5), ("s2", 1));
        await AnswerAsync(vote, "p1", ("s1", 4), ("s2", 2));

        var full = await ViewAsync(vote);
        var results = await vote.GetResults(new Dictionary<string, string>()).WaitAsync(Timeout);

        Assert.Equal([new StatementAnswers("s1", 3, 4.33), new StatementAnswers("s2", null, null, true), new StatementAnswers("s3", 0, null)], full.Results!.Take(3));
        Assert.Equal(full.Results, (await AudienceViewAsync(vote)).Results);
        Assert.Equal(
            [
                new ResultRow(ScaleVoteGrain.AverageSection, 1, Statements[0], 83, 3),
                new ResultRow(ScaleVoteGrain.AverageSection, null, Statements[1], null, null, FewerThanThree: true),
                new ResultRow(ScaleVoteGrain.AverageSection, null, Statements[2], null, 0),
                new ResultRow(ScaleVoteGrain.AverageSection, null, Statements[3], null, 0),
            ],
            results.Rows.Where(r => r.Section == ScaleVoteGrain.AverageSection));
        Assert.Equal(new StatementAverage(Statements[1], null, null, true), ((ScaleVoteDetails)results.Details!).Averages[1]);
    }

    [Fact]
    public async Task Hidden_results_reach_the_audience_only_after_they_are_revealed_and_the_facilitator_always_has_them()
    {
        var vote = await OpenVoteAsync(hidden: true);
        await AnswerAsync(vote, "ana", ("s3", 5));

        var hidden = await AudienceViewAsync(vote);
        var full = await ViewAsync(vote);
        Assert.Null(hidden.Results);
        Assert.Null(hidden.Agreement);
        Assert.Equal(Statements, hidden.Statements.Select(s => s.Text));
        Assert.Equal(1, hidden.Stage.Contributors);
        Assert.Equal(5.0, full.Results!.Single(r => r.StatementId == "s3").Average);

        await vote.Steer(new ActivityCommand(ActivityCommands.Reveal)).WaitAsync(Timeout);

        var revealed = await AudienceViewAsync(vote);
        Assert.Equal(5.0, revealed.Results!.Single(r => r.StatementId == "s3").Average);
        Assert.NotNull(revealed.Agreement);
    }

    [Fact]
    public async Task Answers_are_refused_before_voting_opens_and_after_it_closes()
    {
        var vote = fixture.Grains.GetGrain<IScaleVoteGrain>("act-" + Guid.NewGuid().ToString("N"));
        await vote.SetUp("session-x", new ScaleVoteSetup("Culture priorities", Statements, false)).WaitAsync(Timeout);

        var early = await AnswerAsync(vote, "ana", ("s1", 3));
        await vote.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout);
        var inTime = await AnswerAsync(vote, "ana", ("s1", 4));
        await vote.Steer(new ActivityCommand(ActivityCommands.Close)).WaitAsync(Timeout);
        var late = await AnswerAsync(vote, "ana", ("s1", 1));

        Assert.Equal("Voting has not opened yet.", early.Rejection);
        Assert.True(inTime.Accepted);
        Assert.Equal("Voting is closed.", late.Rejection);
        Assert.Equal(4, ((ScaleVoteBallot)late.Contribution).Answers["s1"]);
    }

    [Fact]
    public async Task A_setup_with_fewer_than_two_statements_is_refused_and_the_same_setup_again_changes_nothing()
    {
        var vote = fixture.Grains.GetGrain<IScaleVoteGrain>("act-" + Guid.NewGuid().ToString("N"));
        var setup = new ScaleVoteSetup("Culture priorities", Statements, false);

        var tooFew = await vote.SetUp("session-y", setup with { Statements = ["Alone"] }).WaitAsync(Timeout);
        var first = await vote.SetUp("session-y", setup).WaitAsync(Timeout);
        var again = await vote.SetUp("session-y", setup).WaitAsync(Timeout);
        var other = await vote.SetUp("session-y", setup with { Statements = ["One", "Two"] }).WaitAsync(Timeout);

        Assert.Equal("List between 2 and 30 statements.", tooFew.Rejection);
        Assert.True(first.Succeeded);
        Assert.True(again.Succeeded);
        Assert.Equal("This activity is already set up.", other.Rejection);
        Assert.Equal(Statements, (await ViewAsync(vote)).Statements.Select(s => s.Text));
    }

    [Fact]
    public async Task The_same_submission_sent_three_times_at_once_counts_once()
    {
        var vote = await OpenVoteAsync();
        var input = new ScaleVoteInput(new Dictionary<string, int> { ["s2"] = 1 });

        var receipts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => vote.Submit("ana", "sub-once", input))).WaitAsync(Timeout);

        Assert.All(receipts, r => Assert.True(r.Accepted));
        Assert.Single(receipts, r => !r.AlreadyCounted);
        Assert.Equal((1, 1.0), ((await ViewAsync(vote)).Results![1].Answered, (await ViewAsync(vote)).Results![1].Average));
    }

    [Fact]
    public async Task Three_hundred_people_answering_at_once_are_each_counted_once()
    {
        var vote = await OpenVoteAsync(anonymous: true);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 300).Select(i =>
            vote.Submit($"p{i}", $"sub-{i}", new ScaleVoteInput(new Dictionary<string, int> { ["s1"] = i % 5 + 1, ["s2"] = i % 2 == 0 ? 1 : 5 })))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(receipts, r => Assert.True(r.Accepted));
        var view = await ViewAsync(vote);
        Assert.Equal(300, view.Stage.Contributors);
        Assert.Equal([60, 60, 60, 60, 60], Steps(view.Agreement![0]));
        Assert.Equal(new StatementAnswers("s1", 300, 3.0), view.Results![0]);
        Assert.True(view.Agreement[1].Split);
    }

    [Fact]
    public async Task A_proposal_accepted_mid_vote_becomes_a_statement_people_can_answer_at_once()
    {
        var vote = await OpenVoteAsync(proposals: true);
        await AnswerAsync(vote, "ana", ("s1", 4));

        var proposed = await vote.Submit("ben", "sub-propose", new ScaleVoteInput(Propose: "We celebrate small wins")).WaitAsync(Timeout);
        var waiting = Assert.Single((await ViewAsync(vote)).Proposals!);
        await vote.Steer(new ActivityCommand(StatementCommands.AcceptProposal, Target: waiting.ProposalId)).WaitAsync(Timeout);
        var answered = await AnswerAsync(vote, "ben", ("s5", 5));

        Assert.True(proposed.Accepted);
        Assert.Empty(((ScaleVoteBallot)proposed.Contribution).Answers);
        Assert.True(answered.Accepted);
        var ben = (ScaleVoteBallot)answered.Contribution;
        Assert.Equal(ProposalStatus.Accepted, Assert.Single(ben.Proposals!).Status);
        var view = await ViewAsync(vote);
        Assert.Equal("We celebrate small wins", view.Statements[^1].Text);
        Assert.Equal(new StatementAnswers("s5", 1, 5.0), view.Results![^1]);
        Assert.Equal(5, view.Agreement!.Count);
        Assert.Equal(2, view.Stage.Contributors);
    }

    [Fact]
    public async Task The_results_rank_statements_by_average_and_only_a_named_vote_says_who_answered_what()
    {
        var named = await OpenVoteAsync(anonymous: false);
        var anonymous = await OpenVoteAsync(anonymous: true);
        foreach (var vote in new[] { named, anonymous })
        {
            await AnswerAsync(vote, "ana", ("s1", 2), ("s2", 5));
            await AnswerAsync(vote, "ben", ("s1", 3), ("s2", 4), ("s3", 1));
            await AnswerAsync(vote, "gone", ("s3", 2));
        }

        var names = new Dictionary<string, string> { ["ana"] = "Ana", ["ben"] = "Ben" };
        var namedResults = await named.GetResults(names).WaitAsync(Timeout);
        var anonymousResults = await anonymous.GetResults(names).WaitAsync(Timeout);

        Assert.Equal(
            [
                new ResultRow(ScaleVoteGrain.AverageSection, 1, "Mistakes are for learning", 88, 2),
                new ResultRow(ScaleVoteGrain.AverageSection, 2, "We say what we really think", 38, 2),
                new ResultRow(ScaleVoteGrain.AverageSection, 3, "Everyone can lead", 13, 2),
                new ResultRow(ScaleVoteGrain.AverageSection, null, "We decide together", null, 0),
            ],
            namedResults.Rows.Where(r => r.Section == ScaleVoteGrain.AverageSection));
        Assert.Contains(namedResults.Rows, r => r.Section.StartsWith("Spread"));
        var details = (ScaleVoteDetails)namedResults.Details!;
        Assert.Equal(["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"], details.Scale);
        Assert.Equal(new StatementAverage("Mistakes are for learning", 2, 4.5), details.Averages[1]);
        Assert.Equal(
            ["(removed from the team): Everyone can lead=2 Disagree", "Ana: We say what we really think=2 Disagree, Mistakes are for learning=5 Strongly agree", "Ben: We say what we really think=3 Neither, Mistakes are for learning=4 Agree, Everyone can lead=1 Strongly disagree"],
            details.Ballots!.Select(b => $"{b.Name}: {string.Join(", ", b.Answers.Select(a => $"{a.Statement}={a.Answer} {a.Label}"))}"));
        Assert.Null(((ScaleVoteDetails)anonymousResults.Details!).Ballots);
        Assert.DoesNotContain(anonymousResults.Rows, r => r.Item.Contains("Ana") || r.Item.Contains("Ben"));
    }
}
