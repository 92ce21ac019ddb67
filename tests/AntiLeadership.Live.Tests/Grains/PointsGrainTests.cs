using AntiLeadership.Live.Activities.Points;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Grains.Activities.Points;

namespace AntiLeadership.Live.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class PointsGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly string[] Statements = ["We say what we really think", "Mistakes are for learning", "Everyone can lead", "We decide together"];

    private static PointsSetup Setup(int step = 10, bool anonymous = true, bool hidden = false, bool proposals = false) =>
        new("Culture priorities", Statements, step, hidden, anonymous, proposals);

    private async Task<IPointsGrain> OpenVoteAsync(int step = 10, bool anonymous = true, bool hidden = false, bool proposals = false)
    {
        var vote = fixture.Grains.GetGrain<IPointsGrain>("act-" + Guid.NewGuid().ToString("N"));
        Assert.True((await vote.SetUp("session-" + Guid.NewGuid().ToString("N"), Setup(step, anonymous, hidden, proposals)).WaitAsync(Timeout)).Succeeded);
        Assert.True((await vote.OpenVoting().WaitAsync(Timeout)).Succeeded);
        return vote;
    }

    private static Dictionary<string, int> Points(params (string StatementId, int Points)[] points) => points.ToDictionary(p => p.StatementId, p => p.Points);

    private static Task<ContributionReceipt> GiveAsync(IActivityGrain vote, string participantId, params (string, int)[] points) =>
        GiveAsync(vote, participantId, Guid.NewGuid().ToString("N"), points);

    private static Task<ContributionReceipt> GiveAsync(IActivityGrain vote, string participantId, string submissionId, params (string, int)[] points) =>
        vote.Submit(participantId, submissionId, new PointsInput(Points(points))).WaitAsync(Timeout);

    private static async Task<PointsView> ViewAsync(IActivityGrain vote) => (PointsView)await vote.GetView().WaitAsync(Timeout);

    private static PointsContribution Own(ContributionReceipt receipt) => (PointsContribution)receipt.Contribution;

    [Fact]
    public async Task A_participant_cannot_give_more_points_than_the_budget_and_what_they_gave_before_stays()
    {
        var vote = await OpenVoteAsync();
        Assert.True((await GiveAsync(vote, "ana", ("s1", 60))).Accepted);

        var over = await GiveAsync(vote, "ana", ("s1", 60), ("s2", 50));
        var wrapped = await GiveAsync(vote, "ana", ("s1", 2147483640), ("s2", 2147483640)); // two near-int.MaxValue would wrap round as ints

        Assert.Equal("That is 110 points, and you have 100 to give: take some from another statement first.", over.Rejection);
        Assert.StartsWith("That is 4294967280 points", wrapped.Rejection);
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 60 }, Own(over).Points);
        Assert.Equal(40, Own(over).PointsLeft);
        var view = await ViewAsync(vote);
        Assert.Equal(60, view.PointsGiven);
        Assert.Equal([60, 0, 0, 0], view.Totals!.Select(t => t.Points));
    }

    [Fact]
    public async Task Points_off_the_step_negative_on_unknown_statements_or_missing_are_refused_and_change_nothing()
    {
        var vote = await OpenVoteAsync(step: 10);

        var offStep = await GiveAsync(vote, "ana", ("s1", 15));
        var negative = await GiveAsync(vote, "ana", ("s1", -10), ("s2", 50));
        var unknown = await GiveAsync(vote, "ana", ("nope", 10));
        var none = await vote.Submit("ana", "sub-none", new PointsInput(null)).WaitAsync(Timeout);

        Assert.Equal("Points go in steps of 10: 15 is not one of them.", offStep.Rejection);
        Assert.Equal("Points cannot be negative.", negative.Rejection);
        Assert.Equal("That statement is not part of this vote.", unknown.Rejection);
        Assert.Equal("This vote has no points in it.", none.Rejection);
        var view = await ViewAsync(vote);
        Assert.Equal(0, view.PointsGiven);
        Assert.Equal(0, view.Stage.Contributors);
        Assert.Empty(Own(none).Points);
        Assert.Equal(100, Own(none).PointsLeft);
    }

    [Fact]
    public async Task Points_are_refused_before_voting_opens_and_after_it_closes()
    {
        var vote = fixture.Grains.GetGrain<IPointsGrain>("act-" + Guid.NewGuid().ToString("N"));
        await vote.SetUp("session-x", Setup()).WaitAsync(Timeout);

        var early = await GiveAsync(vote, "ana", ("s1", 10));
        await vote.OpenVoting().WaitAsync(Timeout);
        var inTime = await GiveAsync(vote, "ana", ("s1", 10));
        await vote.CloseVoting().WaitAsync(Timeout);
        var late = await GiveAsync(vote, "ana", ("s1", 20));

        Assert.Equal("Voting has not opened yet.", early.Rejection);
        Assert.True(inTime.Accepted);
        Assert.Equal("Voting is closed.", late.Rejection);
        Assert.Equal(10, (await ViewAsync(vote)).PointsGiven);
    }

    [Fact]
    public async Task Moving_points_replaces_the_allocation_and_a_resubmission_never_counts_twice()
    {
        var vote = await OpenVoteAsync(step: 5, anonymous: false);
        Assert.True((await GiveAsync(vote, "ana", ("s1", 60), ("s2", 40))).Accepted);

        var moved = await GiveAsync(vote, "ana", "move-1", ("s1", 25), ("s2", 0), ("s3", 35));
        var again = await GiveAsync(vote, "ana", "move-1", ("s1", 25), ("s2", 0), ("s3", 35));
        var together = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => GiveAsync(vote, "ana", "move-2", ("s1", 25), ("s3", 35), ("s4", 40))));

        Assert.True(moved.Accepted);
        Assert.True(again.AlreadyCounted);
        Assert.Equal(Own(moved).Revision, Own(again).Revision);
        Assert.Single(together, r => !r.AlreadyCounted);
        Assert.All(together, r => Assert.Equal(0, Own(r).PointsLeft));
        Assert.Equal(new Dictionary<string, int> { ["s1"] = 25, ["s3"] = 35, ["s4"] = 40 }, Own(together[0]).Points);
        var view = await ViewAsync(vote);
        Assert.Equal(100, view.PointsGiven);
        Assert.Equal(1, view.Stage.Contributors);
        Assert.Equal([(25, 1), (0, 0), (35, 1), (40, 1)], view.Totals!.Select(t => (t.Points, t.People!.Value)));
    }

    [Fact]
    public async Task Taking_back_every_point_leaves_the_vote_as_if_the_participant_had_not_voted()
    {
        var vote = await OpenVoteAsync(anonymous: false);
        await GiveAsync(vote, "ana", ("s1", 30));

        var back = await GiveAsync(vote, "ana", ("s1", 0));

        Assert.True(back.Accepted);
        Assert.Equal(100, Own(back).PointsLeft);
        var view = await ViewAsync(vote);
        Assert.Equal(0, view.Stage.Contributors);
        Assert.All(view.Totals!, t => Assert.Equal((0, 0), (t.Points, t.People!.Value)));
        Assert.All(view.Agreement!, a => Assert.Equal(0, a.People));
    }

    [Fact]
    public async Task Each_statement_totals_its_points_and_how_many_gave_it_any_and_the_export_ranks_them()
    {
        var vote = await OpenVoteAsync(anonymous: false);
        await GiveAsync(vote, "ana", ("s1", 50), ("s2", 50));
        await GiveAsync(vote, "ben", ("s2", 30), ("s3", 70));
        await GiveAsync(vote, "cem", ("s2", 20), ("s4", 20));

        var view = await ViewAsync(vote);
        var results = await vote.GetResults(new Dictionary<string, string> { ["ana"] = "Ana", ["ben"] = "Ben", ["cem"] = "Cem" }).WaitAsync(Timeout);

        Assert.Equal([(50, 1), (100, 3), (70, 1), (20, 1)], view.Totals!.Select(t => (t.Points, t.People!.Value)));
        Assert.Equal(240, view.PointsGiven);
        Assert.Equal(
            [(1, "Mistakes are for learning", 100, 3), (2, "Everyone can lead", 70, 1), (3, "We say what we really think", 50, 1), (4, "We decide together", 20, 1)],
            results.Rows.Where(r => r.Section == "Points").Select(r => (r.Rank!.Value, r.Item, r.Value!.Value, r.People!.Value)));
        var details = Assert.IsType<PointsDetails>(results.Details);
        Assert.Equal((100, 10, 240), (details.Budget, details.Step, details.PointsGiven));
        Assert.Equal(["Ana", "Ben", "Cem"], details.Allocations!.Select(a => a.Name));
        Assert.Equal([("Mistakes are for learning", 30), ("Everyone can lead", 70)], details.Allocations![1].Points.Select(p => (p.Statement, p.Points)));
    }

    [Fact]
    public async Task In_an_anonymous_vote_one_or_two_people_giving_a_statement_points_or_none_are_never_counted_out_loud()
    {
        var vote = await OpenVoteAsync(anonymous: true);
        await GiveAsync(vote, "ana", ("s1", 50), ("s2", 50));
        await GiveAsync(vote, "ben", ("s1", 30), ("s3", 70));
        await GiveAsync(vote, "cem", ("s1", 20), ("s3", 20));
        await GiveAsync(vote, "dan", ("s1", 50), ("s4", 50));
        await GiveAsync(vote, "eve", ("s1", 40), ("s4", 60));
        await GiveAsync(vote, "fay", ("s4", 100));

        var view = await ViewAsync(vote);
        var results = await vote.GetResults(new Dictionary<string, string> { ["ana"] = "Ana", ["ben"] = "Ben", ["cem"] = "Cem" }).WaitAsync(Timeout);

        // s1: five gave it points, so the one who gave it none would be the voters minus five.
        Assert.Equal(
            [(190, null, false, true), (50, null, true, false), (90, null, true, false), (210, 3, false, false)],
            view.Totals!.Select(t => (t.Points, t.People, t.FewerThanThree, t.AllButOneOrTwo)));
        Assert.Equal(
            [("We decide together", 210, (int?)3, false), ("We say what we really think", 190, null, false), ("Everyone can lead", 90, null, true), ("Mistakes are for learning", 50, null, true)],
            results.Rows.Where(r => r.Section == "Points").Select(r => (r.Item, r.Value!.Value, r.People, r.FewerThanThree)));
        Assert.Null(Assert.IsType<PointsDetails>(results.Details).Allocations);
        // Steps of one or two are put together with their neighbours, and said as the points they span.
        Assert.Equal([("0–30", 3), ("40+", 3)], view.Agreement![0].Buckets.Select(b => (b.Label, b.People!.Value)));
        Assert.Equal([("0", 3), ("10", 0), ("20–30", 0), ("40", 0), ("50+", 3)], view.Agreement![3].Buckets.Select(b => (b.Label, b.People!.Value)));
        Assert.All(view.Agreement!.SelectMany(a => a.Buckets), b => Assert.True(b.People is 0 or >= 3));
    }

    [Fact]
    public async Task A_room_giving_a_statement_half_its_points_or_nothing_is_split_into_two_camps()
    {
        var vote = await OpenVoteAsync(step: 10, anonymous: true);
        foreach (var who in new[] { "a", "b", "c" })
        {
            await GiveAsync(vote, who, ("s1", 50), ("s2", 50));
        }

        foreach (var who in new[] { "d", "e", "f" })
        {
            await GiveAsync(vote, who, ("s2", 20), ("s3", 80));
        }

        var view = await ViewAsync(vote);

        var s1 = view.Agreement!.Single(a => a.StatementId == "s1");
        Assert.Equal((6, 1.0, true, 0.5), (s1.People, s1.Spread!.Value, s1.Split, s1.Average!.Value));
        Assert.Equal([("0", 3), ("10", 0), ("20–30", 0), ("40", 0), ("50+", 3)], s1.Buckets.Select(b => (b.Label, b.People!.Value)));
        var s2 = view.Agreement!.Single(a => a.StatementId == "s2");
        Assert.False(s2.Split);
        Assert.Equal([0, 0, 3, 0, 3], s2.Buckets.Select(b => b.People!.Value));
        var s4 = view.Agreement!.Single(a => a.StatementId == "s4");
        Assert.Equal((0.0, false), (s4.Spread!.Value, s4.Split)); // nobody gave it anything: one voice
    }

    [Fact]
    public void A_person_s_place_is_their_points_over_half_the_budget_and_the_steps_follow_the_split_s_thirds()
    {
        Assert.Equal([0, 0.3, 0.5, 0.9, 1, 1], new[] { 0, 15, 25, 45, 50, 100 }.Select(p => PointsAgreement.Place(p, 100)));
        Assert.Equal(["0", "5–15", "20–30", "35–45", "50+"], PointsAgreement.Steps(5, 100));
        Assert.Equal(["0", "10", "20–30", "40", "50+"], PointsAgreement.Steps(10, 100));
        Assert.Equal([0, 1, 1, 2, 2, 3, 4, 4], new[] { 0, 5, 15, 20, 30, 35, 50, 90 }.Select(p => PointsAgreement.Step(p, 100)));
        var bands = PointsAgreement.Bands(10, 100);
        Assert.Equal(("20+", "0–100", "10–30"), (bands["20–30 – 50+"], bands["0 – 50+"], bands["10 – 20–30"]));
        Assert.Equal("5–45", PointsAgreement.Bands(5, 100)["5–15 – 35–45"]);
    }

    [Fact]
    public async Task Hidden_results_reach_the_audience_only_after_they_are_revealed_and_the_facilitator_always_sees_them()
    {
        var vote = await OpenVoteAsync(hidden: true);
        await GiveAsync(vote, "ana", ("s3", 40));

        var full = await ViewAsync(vote);
        var hidden = (PointsView)full.ForAudience();
        await vote.RevealResults().WaitAsync(Timeout);
        var revealed = (PointsView)(await ViewAsync(vote)).ForAudience();

        Assert.Equal(40, full.Totals!.Single(t => t.StatementId == "s3").Points);
        Assert.Null(hidden.Totals);
        Assert.Null(hidden.Agreement);
        Assert.Null(hidden.PointsGiven);
        Assert.Equal((1, 4, 100, 10), (hidden.Stage.Contributors, hidden.Statements.Count, hidden.Budget, hidden.Step));
        Assert.Equal(40, revealed.Totals!.Single(t => t.StatementId == "s3").Points);
        Assert.NotNull(revealed.Agreement);
    }

    [Fact]
    public async Task A_step_other_than_5_or_10_is_refused_and_a_repeated_setup_must_match()
    {
        var refused = fixture.Grains.GetGrain<IPointsGrain>("act-" + Guid.NewGuid().ToString("N"));
        var vote = fixture.Grains.GetGrain<IPointsGrain>("act-" + Guid.NewGuid().ToString("N"));

        var seven = await refused.SetUp("session-x", Setup(step: 7)).WaitAsync(Timeout);
        var five = await vote.SetUp("session-x", Setup(step: 5)).WaitAsync(Timeout);
        var repeated = await vote.SetUp("session-x", Setup(step: 5)).WaitAsync(Timeout);
        var changed = await vote.SetUp("session-x", Setup(step: 10)).WaitAsync(Timeout);

        Assert.Equal("Points go in steps of 5 or 10.", seven.Rejection);
        Assert.Equal("This activity does not exist.", (await refused.OpenVoting().WaitAsync(Timeout)).Rejection);
        Assert.True(five.Succeeded);
        Assert.True(repeated.Succeeded);
        Assert.Equal("This activity is already set up.", changed.Rejection);
        Assert.Equal(5, (await ViewAsync(vote)).Step);
    }

    [Fact]
    public async Task A_statement_accepted_from_a_proposal_mid_vote_takes_points_like_the_others()
    {
        var vote = await OpenVoteAsync(proposals: true);
        await GiveAsync(vote, "ana", ("s1", 100));

        var proposed = await vote.Submit("ben", "ben-1", new PointsInput(null, "We finish what we start")).WaitAsync(Timeout);
        var waiting = Assert.Single((await ViewAsync(vote)).Proposals!);
        Assert.True((await vote.Steer(new ActivityCommand(StatementCommands.AcceptProposal, Target: waiting.ProposalId)).WaitAsync(Timeout)).Succeeded);
        var given = await GiveAsync(vote, "ben", ("s5", 70), ("s1", 30));

        Assert.True(proposed.Accepted);
        Assert.Equal(100, Own(proposed).PointsLeft);
        Assert.True(given.Accepted);
        Assert.Equal(ProposalStatus.Accepted, Assert.Single(Own(given).Proposals).Status);
        var view = await ViewAsync(vote);
        Assert.Equal(("s5", "We finish what we start"), (view.Statements[^1].StatementId, view.Statements[^1].Text));
        Assert.Equal([130, 0, 0, 0, 70], view.Totals!.Select(t => t.Points));
        Assert.Equal(5, view.Agreement!.Count);
    }
}
