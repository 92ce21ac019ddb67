using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Rankings;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Grains.Activities.Rankings;
using static AntiLeadership.Live.Tests.Grains.CulturePrioritiesSetups;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>The ranking's rules: an order is the whole ballot, points and places, partial orders, statements added mid-vote, agreement and anonymity.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class RankingGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private async Task<IRankingGrain> OpenRankingAsync(bool anonymous = false, bool hidden = false, bool proposals = false)
    {
        var ranking = fixture.Grains.GetGrain<IRankingGrain>(NewActivityId());
        var setup = new RankingSetup("What matters most", Statements, hidden, anonymous, proposals);
        Assert.True((await ranking.SetUp("session-" + Guid.NewGuid().ToString("N"), setup).WaitAsync(Timeout)).Succeeded);
        Assert.True((await ranking.OpenVoting().WaitAsync(Timeout)).Succeeded);
        return ranking;
    }

    private static async Task<ContributionReceipt> RankAsync(IActivityGrain ranking, string participantId, params string[] order) =>
        await ranking.Submit(participantId, Guid.NewGuid().ToString("N"), new RankingInput(order)).WaitAsync(Timeout);

    private static async Task<RankingView> ViewAsync(IActivityGrain ranking) => (RankingView)await ranking.GetView().WaitAsync(Timeout);

    private static string[] Team(RankingView view) =>
        view.Scores!.Select(s => $"{s.Rank}:{s.StatementId}:{s.Points}:{s.AverageRank}:{s.People}").ToArray();

    [Fact]
    public async Task Each_order_gives_a_statement_as_many_points_as_places_below_it_and_the_team_order_follows_the_points()
    {
        var ranking = await OpenRankingAsync();

        await RankAsync(ranking, "ana", "s1", "s2", "s3", "s4");
        await RankAsync(ranking, "ben", "s2", "s1", "s4", "s3");
        var receipt = await RankAsync(ranking, "cem", "s1", "s4", "s2", "s3");

        Assert.True(receipt.Accepted);
        Assert.Equal(["s1", "s4", "s2", "s3"], ((RankingBallot)receipt.Contribution).Order);
        var view = await ViewAsync(ranking);
        // s1: 3+2+3 = 8, places 1,2,1; s2: 2+3+1 = 6; s4: 0+1+2 = 3; s3: 1+0+0 = 1.
        Assert.Equal(["1:s1:8:1.33:3", "2:s2:6:2:3", "3:s4:3:3:3", "4:s3:1:3.67:3"], Team(view));
        Assert.Equal(3, view.Stage.Contributors);
    }

    [Fact]
    public async Task Equal_points_share_a_rank_and_keep_the_facilitators_order()
    {
        var ranking = await OpenRankingAsync();

        await RankAsync(ranking, "ana", "s3", "s1", "s2", "s4");
        await RankAsync(ranking, "ben", "s1", "s3", "s4", "s2");

        Assert.Equal(["1:s1:5:1.5:2", "1:s3:5:1.5:2", "3:s2:1:3.5:2", "3:s4:1:3.5:2"], Team(await ViewAsync(ranking)));
    }

    [Fact]
    public async Task An_order_naming_a_statement_twice_or_one_not_on_the_ballot_is_refused_and_changes_nothing()
    {
        var ranking = await OpenRankingAsync();
        await RankAsync(ranking, "ana", "s4", "s3", "s2", "s1");

        var twice = await RankAsync(ranking, "ana", "s1", "s2", "s1", "s3");
        var unknown = await RankAsync(ranking, "ana", "s1", "s9");
        var missing = await ranking.Submit("ana", "sub-none", new RankingInput()).WaitAsync(Timeout);
        var blankId = await ranking.Submit("ana", "sub-null", new RankingInput([null!, "s1"])).WaitAsync(Timeout);

        Assert.Equal("Each statement can have only one place in your order.", twice.Rejection);
        Assert.Equal("That statement is not part of this vote.", unknown.Rejection);
        Assert.Equal("This ranking has no order in it.", missing.Rejection);
        Assert.Equal("That statement is not part of this vote.", blankId.Rejection);
        Assert.All([twice, unknown, missing, blankId], r => Assert.Equal(["s4", "s3", "s2", "s1"], ((RankingBallot)r.Contribution).Order));
        Assert.Equal(["1:s4:3:1:1", "2:s3:2:2:1", "3:s2:1:3:1", "4:s1:0:4:1"], Team(await ViewAsync(ranking)));
    }

    [Fact]
    public async Task Moving_a_statement_replaces_the_whole_order_and_a_repeated_submission_counts_once()
    {
        var ranking = await OpenRankingAsync();
        await RankAsync(ranking, "ana", "s1", "s2", "s3", "s4");

        var moved = await ranking.Submit("ana", "move-1", new RankingInput(["s3", "s1", "s2", "s4"])).WaitAsync(Timeout);
        var again = await ranking.Submit("ana", "move-1", new RankingInput(["s3", "s1", "s2", "s4"])).WaitAsync(Timeout);

        Assert.True(moved.Accepted);
        Assert.True(again.AlreadyCounted);
        Assert.Equal(moved.Contribution.Revision, again.Contribution.Revision);
        var view = await ViewAsync(ranking);
        Assert.Equal(["1:s3:3:1:1", "2:s1:2:2:1", "3:s2:1:3:1", "4:s4:0:4:1"], Team(view));
        Assert.Equal(1, view.Stage.Contributors);
    }

    [Fact]
    public async Task A_partial_order_counts_only_for_the_statements_it_places_and_an_empty_one_takes_the_ranking_back()
    {
        var ranking = await OpenRankingAsync();
        await RankAsync(ranking, "ana", "s1", "s2", "s3", "s4");

        await RankAsync(ranking, "ben", "s4", "s2");

        var view = await ViewAsync(ranking);
        // Ben's second place is second of four: 2 points, as in a full order; s1 and s3 get nothing from him.
        Assert.Equal(["1:s2:4:2:2", "2:s1:3:1:1", "2:s4:3:2.5:2", "4:s3:1:3:1"], Team(view));
        Assert.Equal([1, 2, 1, 2], Statements.Select((_, i) => view.Agreement!.Single(a => a.StatementId == $"s{i + 1}").People));
        Assert.Equal(2, view.Stage.Contributors);

        var empty = await RankAsync(ranking, "ben");

        Assert.True(empty.Accepted);
        Assert.Empty(((RankingBallot)empty.Contribution).Order);
        view = await ViewAsync(ranking);
        Assert.Equal(1, view.Stage.Contributors);
        Assert.Equal(["1:s1:3:1:1", "2:s2:2:2:1", "3:s3:1:3:1", "4:s4:0:4:1"], Team(view));
    }

    [Fact]
    public async Task A_statement_a_proposal_adds_mid_vote_is_judged_by_those_who_rank_it_and_earlier_orders_stay_valid()
    {
        var ranking = await OpenRankingAsync(proposals: true);
        foreach (var who in new[] { "ana", "ben", "cem" })
        {
            await RankAsync(ranking, who, "s1", "s2", "s3", "s4");
        }

        Assert.True((await ranking.Submit("dan", "p-1", new RankingInput(Propose: "We finish what we start")).WaitAsync(Timeout)).Accepted);
        var proposal = Assert.Single((await ViewAsync(ranking)).Proposals!);
        Assert.True((await ranking.Steer(new ActivityCommand(StatementCommands.AcceptProposal, Target: proposal.ProposalId)).WaitAsync(Timeout)).Succeeded);

        var view = await ViewAsync(ranking);
        Assert.Equal("s5", view.Statements[^1].StatementId);
        // Five statements now: a first place is worth 4. Nobody has ranked s5 yet: no points, no place.
        Assert.Equal(["1:s1:12:1:3", "2:s2:9:2:3", "3:s3:6:3:3", "4:s4:3:4:3", "5:s5:0::0"], Team(view));
        Assert.Equal(["s1", "s2", "s3", "s4"], ((RankingBallot)await ranking.GetContribution("ana").WaitAsync(Timeout)).Order);

        foreach (var who in new[] { "ana", "ben", "cem" })
        {
            Assert.True((await RankAsync(ranking, who, "s5", "s1", "s2", "s3", "s4")).Accepted);
        }

        Assert.Equal(["1:s5:12:1:3", "2:s1:9:2:3", "3:s2:6:3:3", "4:s3:3:4:3", "5:s4:0:5:3"], Team(await ViewAsync(ranking)));
    }

    [Fact]
    public async Task Agreement_places_first_at_one_and_last_at_zero_with_thirds_as_its_steps()
    {
        var ranking = await OpenRankingAsync();
        // s1: three put it first, three last — two camps. s2: everyone second — one voice.
        foreach (var who in new[] { "a", "b", "c" })
        {
            await RankAsync(ranking, who, "s1", "s2", "s3", "s4");
        }

        foreach (var who in new[] { "d", "e", "f" })
        {
            await RankAsync(ranking, who, "s3", "s2", "s4", "s1");
        }

        var view = await ViewAsync(ranking);
        var s1 = view.Agreement!.Single(a => a.StatementId == "s1");
        var s2 = view.Agreement!.Single(a => a.StatementId == "s2");
        Assert.Equal((1.0, true, 0.5), (s1.Spread!.Value, s1.Split, s1.Average!.Value));
        Assert.Equal((0.0, false, 0.667), (s2.Spread!.Value, s2.Split, s2.Average!.Value));
        Assert.Equal(["bottom third (place 4):3", "middle third (places 2–3):0", "top third (place 1):3"], s1.Buckets.Select(b => $"{b.Label}:{b.People}"));
        Assert.Equal(["bottom third (place 4):0", "middle third (places 2–3):6", "top third (place 1):0"], s2.Buckets.Select(b => $"{b.Label}:{b.People}"));
    }

    [Fact]
    public async Task An_anonymous_ranking_gives_no_numbers_for_a_statement_only_one_or_two_people_ranked()
    {
        var ranking = await OpenRankingAsync(anonymous: true);
        await RankAsync(ranking, "ana", "s1", "s2", "s3");
        await RankAsync(ranking, "ben", "s1", "s2", "s3");
        await RankAsync(ranking, "cem", "s2", "s1", "s3", "s4");

        var view = await ViewAsync(ranking);

        Assert.Equal(["1:s1:8:1.33:3", "2:s2:7:1.67:3", "3:s3:3:3:3", ":s4:::"], Team(view));
        Assert.True(view.Scores![^1].FewerThanThree);
        Assert.Equal("s4", view.Scores[^1].StatementId);
        // Its agreement neither: a step at 0 beside one of "fewer than 3" would say where Cem put it.
        var s4 = view.Agreement!.Single(a => a.StatementId == "s4");
        Assert.All(s4.Buckets, b => Assert.True(b.People is null && b.FewerThanThree));
        Assert.Equal((null, null, false), (s4.Average, s4.Spread, s4.Split));
        Assert.Null(view.Stage.ContributorIds);
    }

    [Fact]
    public async Task Hidden_results_reach_the_audience_only_after_they_are_revealed_while_the_facilitator_always_sees_them()
    {
        var ranking = await OpenRankingAsync(hidden: true);
        await RankAsync(ranking, "ana", "s2", "s1");

        var full = await ViewAsync(ranking);
        var hidden = (RankingView)full.ForAudience();
        Assert.NotNull(full.Scores);
        Assert.Null(hidden.Scores);
        Assert.Null(hidden.Agreement);
        Assert.Equal(4, hidden.Statements.Count);
        Assert.Equal(1, hidden.Stage.Contributors);

        await ranking.RevealResults().WaitAsync(Timeout);

        var revealed = (RankingView)(await ViewAsync(ranking)).ForAudience();
        Assert.Equal("s2", revealed.Scores![0].StatementId);
        Assert.NotNull(revealed.Agreement);
    }

    [Fact]
    public async Task Orders_are_refused_before_ranking_opens_and_after_it_closes()
    {
        var ranking = fixture.Grains.GetGrain<IRankingGrain>(NewActivityId());
        await ranking.SetUp("session-x", new RankingSetup("Ranking", Statements, false)).WaitAsync(Timeout);

        var early = await RankAsync(ranking, "ana", "s1");
        await ranking.OpenVoting().WaitAsync(Timeout);
        var inTime = await RankAsync(ranking, "ana", "s2", "s1");
        await ranking.CloseVoting().WaitAsync(Timeout);
        var late = await RankAsync(ranking, "ana", "s1", "s2");

        Assert.Equal("Ranking has not opened yet.", early.Rejection);
        Assert.True(inTime.Accepted);
        Assert.Equal("Ranking is closed.", late.Rejection);
        Assert.Equal(["s2", "s1"], ((RankingBallot)late.Contribution).Order);
    }

    [Fact]
    public async Task A_setup_with_too_few_or_repeated_statements_is_refused_and_the_same_setup_again_is_done_once()
    {
        var ranking = fixture.Grains.GetGrain<IRankingGrain>(NewActivityId());

        var one = await ranking.SetUp("session-y", new RankingSetup("Ranking", ["Alone"], false)).WaitAsync(Timeout);
        var twice = await ranking.SetUp("session-y", new RankingSetup("Ranking", ["Same", " same "], false)).WaitAsync(Timeout);
        var fine = await ranking.SetUp("session-y", new RankingSetup("Ranking", Statements, false)).WaitAsync(Timeout);
        var repeated = await ranking.SetUp("session-y", new RankingSetup("Ranking", Statements, false)).WaitAsync(Timeout);
        var other = await ranking.SetUp("session-y", new RankingSetup("Ranking", ["Other", "Statements"], false)).WaitAsync(Timeout);

        Assert.Equal("List between 2 and 30 statements.", one.Rejection);
        Assert.Equal("Each statement can appear only once.", twice.Rejection);
        Assert.True(fine.Succeeded);
        Assert.True(repeated.Succeeded);
        Assert.Equal("This activity is already set up.", other.Rejection);
        Assert.Equal(Statements, (await ViewAsync(ranking)).Statements.Select(s => s.Text));
    }

    [Fact]
    public async Task Five_hundred_concurrent_rankers_are_all_counted_exactly_once()
    {
        var ranking = await OpenRankingAsync();

        var receipts = await Task.WhenAll(Enumerable.Range(0, 500)
            .Select(i => ranking.Submit($"p{i}", $"sub-{i}", new RankingInput(i % 2 == 0 ? ["s1", "s2", "s3", "s4"] : ["s4", "s3", "s2", "s1"])))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(receipts, r => Assert.True(r.Accepted));
        var view = await ViewAsync(ranking);
        Assert.Equal(500, view.Stage.Contributors);
        Assert.All(view.Scores!, s => Assert.Equal((750, 2.5, 500), (s.Points!.Value, s.AverageRank!.Value, s.People!.Value)));
    }

    [Fact]
    public async Task The_results_download_ranks_by_points_and_names_orders_only_in_a_named_ranking()
    {
        var named = await OpenRankingAsync();
        var anonymous = await OpenRankingAsync(anonymous: true);
        foreach (var ranking in new[] { named, anonymous })
        {
            await RankAsync(ranking, "ana", "s2", "s1", "s3", "s4");
            await RankAsync(ranking, "ben", "s2", "s3", "s1", "s4");
        }

        var names = new Dictionary<string, string> { ["ana"] = "Ana", ["ben"] = "Ben" };
        var open = await named.GetResults(names).WaitAsync(Timeout);
        var closed = await anonymous.GetResults(names).WaitAsync(Timeout);

        Assert.Equal(
            ["1:Mistakes are for learning:6:2", "2:We say what we really think:3:2", "2:Everyone can lead:3:2", "4:We decide together:0:2"],
            open.Rows.Take(4).Select(r => $"{r.Rank}:{r.Item}:{r.Value}:{r.People}"));
        Assert.Equal("Points (first place 3, last 0)", open.Rows[0].Section);
        var orders = ((RankingDetails)open.Details!).Orders!;
        Assert.Equal(["Ana", "Ben"], orders.Select(o => o.Name));
        Assert.Equal(["Mistakes are for learning", "We say what we really think", "Everyone can lead", "We decide together"], orders[0].Order);

        // Two rankers in an anonymous ranking: every statement is theirs alone, so none gives a number.
        Assert.All(closed.Rows.Where(r => r.Section.StartsWith("Points")), r => Assert.True(r.FewerThanThree && r.Value is null && r.People is null));
        Assert.Null(((RankingDetails)closed.Details!).Orders);
        Assert.All(((RankingDetails)closed.Details!).Ranking, r => Assert.Null(r.AverageRank));
    }
}
