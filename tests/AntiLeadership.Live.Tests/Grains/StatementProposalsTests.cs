using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Statements;
using static AntiLeadership.Live.Tests.Grains.CulturePrioritiesSetups;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>What every vote on statements shares, tried through the dot vote: proposals and the "Where we disagree" board.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class StatementProposalsTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private async Task<ICulturePrioritiesGrain> OpenVoteAsync(bool proposals = true, bool anonymous = true, bool hidden = false)
    {
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        var setup = new CulturePrioritiesSetup("Culture priorities", Statements, 3, 3, hidden, anonymous, proposals);
        Assert.True((await vote.SetUp("session-" + Guid.NewGuid().ToString("N"), setup).WaitAsync(Timeout)).Succeeded);
        Assert.True((await vote.OpenVoting().WaitAsync(Timeout)).Succeeded);
        return vote;
    }

    private static async Task<ContributionReceipt> ProposeAsync(IActivityGrain vote, string participantId, string text) =>
        await vote.Submit(participantId, Guid.NewGuid().ToString("N"), new CulturePrioritiesInput(null, text)).WaitAsync(Timeout);

    private static Task<CommandOutcome> SteerAsync(IActivityGrain vote, string name, string? target = null, string? text = null) =>
        vote.Steer(new ActivityCommand(name, Target: target, Text: text)).WaitAsync(Timeout);

    [Fact]
    public async Task A_proposal_waits_for_the_facilitator_and_reaches_the_ballot_only_when_accepted()
    {
        var vote = await OpenVoteAsync();

        var proposed = await ProposeAsync(vote, "ana", "We finish what we start");

        Assert.True(proposed.Accepted);
        var own = Assert.Single(((Ballot)proposed.Contribution).Proposals!);
        Assert.Equal(ProposalStatus.Waiting, own.Status);
        var view = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(4, view.Statements.Count);
        var waiting = Assert.Single(view.Proposals!);
        Assert.Null(waiting.AuthorId);
        Assert.Null(((CulturePrioritiesView)view.ForAudience()).Proposals);
        Assert.Equal(0, view.Stage.Contributors);

        Assert.True((await SteerAsync(vote, StatementCommands.AcceptProposal, waiting.ProposalId, "We finish what we start, together")).Succeeded);

        view = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal("We finish what we start, together", view.Statements[^1].Text);
        Assert.Equal("s5", view.Statements[^1].StatementId);
        Assert.Empty(view.Proposals!);
        var told = Assert.Single((await vote.GetBallot("ana").WaitAsync(Timeout)).Proposals!);
        Assert.Equal(ProposalStatus.Accepted, told.Status);
        Assert.Equal("We finish what we start, together", told.Statement);
        Assert.True((await vote.CastDots("bo", "b-1", Dots(("s5", 2)))).Accepted);
    }

    [Fact]
    public async Task A_duplicate_proposal_is_merged_into_its_statement_and_a_declined_one_tells_its_author()
    {
        var vote = await OpenVoteAsync(anonymous: false);
        await ProposeAsync(vote, "ana", "Anyone can lead here");
        await ProposeAsync(vote, "bo", "Meetings end on time");
        var waiting = (await vote.GetVoteView().WaitAsync(Timeout)).Proposals!;
        Assert.Equal(["ana", "bo"], waiting.Select(p => p.AuthorId));

        Assert.True((await SteerAsync(vote, StatementCommands.MergeProposal, waiting[0].ProposalId, "s3")).Succeeded);
        Assert.True((await SteerAsync(vote, StatementCommands.DeclineProposal, waiting[1].ProposalId)).Succeeded);

        var ana = Assert.Single((await vote.GetBallot("ana").WaitAsync(Timeout)).Proposals!);
        Assert.Equal((ProposalStatus.Merged, "Everyone can lead"), (ana.Status, ana.Statement));
        Assert.Equal(ProposalStatus.Declined, Assert.Single((await vote.GetBallot("bo").WaitAsync(Timeout)).Proposals!).Status);
        Assert.Equal(4, (await vote.GetVoteView().WaitAsync(Timeout)).Statements.Count);
        var again = await SteerAsync(vote, StatementCommands.AcceptProposal, waiting[1].ProposalId);
        Assert.Equal("That proposal was declined already.", again.Rejection);
    }

    [Fact]
    public async Task Proposals_are_refused_when_not_asked_for_repeated_or_already_on_the_ballot()
    {
        var closed = await OpenVoteAsync(proposals: false);
        Assert.Equal("The facilitator is not taking proposals for this vote.", (await ProposeAsync(closed, "ana", "Something new")).Rejection);

        var vote = await OpenVoteAsync();
        Assert.Equal("That statement is on the ballot already.", (await ProposeAsync(vote, "ana", "  mistakes ARE for learning ")).Rejection);
        Assert.True((await ProposeAsync(vote, "ana", "One")).Accepted);
        Assert.Equal("You have proposed that already: it is waiting for the facilitator.", (await ProposeAsync(vote, "ana", "one")).Rejection);
        Assert.True((await ProposeAsync(vote, "ana", "Two")).Accepted);
        Assert.True((await ProposeAsync(vote, "ana", "Three")).Accepted);
        Assert.StartsWith("You have 3 proposals waiting", (await ProposeAsync(vote, "ana", "Four")).Rejection);
        Assert.Equal(3, (await vote.GetVoteView().WaitAsync(Timeout)).Proposals!.Count);
    }

    [Fact]
    public async Task The_board_steps_through_where_the_team_disagrees_only_once_results_are_out()
    {
        var vote = await OpenVoteAsync(hidden: true);
        foreach (var (who, dots) in new[] { ("a", 3), ("b", 3), ("c", 3), ("d", 0), ("e", 0), ("f", 0) })
        {
            Assert.True((await vote.CastDots(who, who, dots > 0 ? Dots(("s1", dots)) : Dots(("s2", 3)))).Accepted);
        }

        var early = await SteerAsync(vote, StatementCommands.ShowDisagreement);
        Assert.Equal("Reveal the results first: the board cannot show where you disagree while they are hidden.", early.Rejection);
        Assert.Null(((CulturePrioritiesView)(await vote.GetVoteView()).ForAudience()).Agreement);

        await vote.RevealResults().WaitAsync(Timeout);
        Assert.True((await SteerAsync(vote, StatementCommands.FocusStatement, "s1")).Succeeded);

        var view = (CulturePrioritiesView)(await vote.GetVoteView().WaitAsync(Timeout)).ForAudience();
        Assert.Equal(new BoardFocus(true, "s1"), view.Focus);
        var s1 = view.Agreement!.Single(a => a.StatementId == "s1");
        Assert.True(s1.Split);
        Assert.Equal(1, s1.Spread);
        Assert.Equal([3, 0, 0, 3], s1.Buckets.Select(b => b.People));
        Assert.Equal("That statement is not part of this vote.", (await SteerAsync(vote, StatementCommands.FocusStatement, "nope")).Rejection);
        Assert.True((await SteerAsync(vote, StatementCommands.ShowResults)).Succeeded);
        Assert.Equal(BoardFocus.Results, (await vote.GetVoteView().WaitAsync(Timeout)).Focus);
    }
}
