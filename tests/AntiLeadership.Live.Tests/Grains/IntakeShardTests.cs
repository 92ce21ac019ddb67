using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Activities.Intake;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Workshop;
using static AntiLeadership.Live.Tests.Grains.CulturePrioritiesSetups;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// A dot vote whose intake is spread over shards, on the two-silo test cluster: ballots reach the shard
/// that owns each participant, the way the hub sends them (<see cref="ActivityCatalog.IntakeOf"/>, in batches through <see cref="IntakeLanes"/>), and
/// the vote's view is the sum of the shards' stored tallies, every acknowledged ballot exactly once.
/// </summary>
[Collection(GrainClusterCollection.Name)]
public sealed class IntakeShardTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    // As the hub sends them: what arrives at once goes to each shard in batches.
    private readonly IntakeLanes _lanes = new();

    private sealed record ShardedVote(ICulturePrioritiesGrain Grain, ActivityListing Listing);

    private async Task<ShardedVote> OpenShardedVoteAsync(int shards)
    {
        var activityId = NewActivityId();
        var vote = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);
        var setup = Standard(dots: 3, perStatement: 2) with { IntakeShards = shards };
        Assert.True((await vote.SetUp("session-" + Guid.NewGuid().ToString("N"), setup).WaitAsync(Timeout)).Succeeded);
        Assert.True((await vote.OpenVoting().WaitAsync(Timeout)).Succeeded);
        return new ShardedVote(vote, new ActivityListing(activityId, CulturePrioritiesKind.Name, "Culture priorities", shards));
    }

    /// <summary>Where the hub sends a participant's input to the entry (<see cref="ActivityCatalog.IntakeOf"/>).</summary>
    private IActivityIntake IntakeOf(ActivityListing listing, string participantId) =>
        ActivityCatalog.IntakeOf(fixture.Grains, listing, ActivityCatalog.GrainOf(fixture.Grains, listing)!, participantId);

    private Task<ContributionReceipt> CastAsync(ShardedVote vote, string participantId, string submissionId, Dictionary<string, int> dots) =>
        _lanes.SubmitAsync(IntakeOf(vote.Listing, participantId), new Submission(participantId, submissionId, new CulturePrioritiesInput(dots))).WaitAsync(Timeout);

    [Fact]
    public async Task With_four_shards_every_acknowledged_ballot_is_counted_exactly_once_in_the_vote()
    {
        var vote = await OpenShardedVoteAsync(shards: 4);
        var people = Enumerable.Range(0, 120).Select(i => $"p{i}").ToArray();

        // Everyone votes at once; a third then move a dot, which replaces their ballot.
        var first = await Task.WhenAll(people.Select((p, i) => CastAsync(vote, p, $"{p}-1", Dots(($"s{i % 4 + 1}", 2), ($"s{(i + 1) % 4 + 1}", 1)))));
        var movers = people.Where((_, i) => i % 3 == 0).ToArray();
        var second = await Task.WhenAll(movers.Select(p => CastAsync(vote, p, $"{p}-2", Dots(("s1", 1)))));

        Assert.All(first.Concat(second), r => Assert.True(r.Accepted, r.Rejection));
        Assert.True((await vote.Grain.CloseVoting().WaitAsync(Timeout)).Succeeded);
        var view = await vote.Grain.GetVoteView().WaitAsync(Timeout);

        Assert.Equal(people.Length, view.Stage.Contributors);
        Assert.Equal((people.Length - movers.Length) * 3 + movers.Length, view.DotsPlaced);
        Assert.Equal(view.DotsPlaced, view.Tally!.Sum(t => t.Dots));
        Assert.Equal(ExpectedDots(people, movers), view.Tally!.Select(t => t.Dots));
        Assert.All(view.Agreement!, a => Assert.Equal(people.Length, a.People));
    }

    [Fact]
    public async Task The_vote_follows_its_shards_while_open_from_their_reports()
    {
        var vote = await OpenShardedVoteAsync(shards: 4);

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => CastAsync(vote, $"p{i}", "a", Dots(("s2", 1)))));

        var view = await Eventually.ReturnsAsync(vote.Grain.GetVoteView, v => v.DotsPlaced == 30, "the shards' reports to reach the vote", Timeout);
        Assert.Equal(30, view.Stage.Contributors);
        Assert.Equal(ActivityStatus.Open, view.Stage.Status);
    }

    [Fact]
    public async Task A_retried_submission_id_reaches_the_same_shard_and_is_counted_once()
    {
        var vote = await OpenShardedVoteAsync(shards: 4);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CastAsync(vote, "ana", "same-id", Dots(("s1", 2)))));
        var later = await CastAsync(vote, "ana", "same-id", Dots(("s3", 1)));

        Assert.Single(receipts, r => r.Accepted && !r.AlreadyCounted);
        Assert.All(receipts, r => Assert.True(r.Accepted));
        Assert.True(later.AlreadyCounted);
        Assert.Equal(2, ((Ballot)later.Contribution).Dots["s1"]);
        Assert.True((await vote.Grain.CloseVoting().WaitAsync(Timeout)).Succeeded);
        var view = await vote.Grain.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(1, view.Stage.Contributors);
        Assert.Equal(2, view.DotsPlaced);
    }

    [Fact]
    public async Task Once_the_vote_is_closed_its_shards_refuse_new_input_but_confirm_what_they_counted()
    {
        var vote = await OpenShardedVoteAsync(shards: 4);
        Assert.True((await CastAsync(vote, "ana", "a-1", Dots(("s1", 1)))).Accepted);

        Assert.True((await vote.Grain.CloseVoting().WaitAsync(Timeout)).Succeeded);
        var late = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => CastAsync(vote, $"late-{i}", "l-1", Dots(("s2", 1)))));
        var retry = await CastAsync(vote, "ana", "a-1", Dots(("s1", 1)));

        Assert.All(late, r => Assert.Equal("Voting is closed.", r.Rejection));
        Assert.True(retry.AlreadyCounted);
        var view = await vote.Grain.GetVoteView().WaitAsync(Timeout);
        Assert.Equal(1, view.DotsPlaced);
        Assert.Equal(1, view.Stage.Contributors);
    }

    [Fact]
    public async Task The_vote_reads_its_shards_stored_tallies_again_after_everything_was_deactivated()
    {
        var vote = await OpenShardedVoteAsync(shards: 4);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => CastAsync(vote, $"p{i}", "a", Dots(($"s{i % 3 + 2}", 2), ("s1", 1)))));
        Assert.True((await vote.Grain.CloseVoting().WaitAsync(Timeout)).Succeeded);
        var before = await vote.Grain.GetVoteView().WaitAsync(Timeout);

        await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero).WaitAsync(Timeout);
        var after = await vote.Grain.GetVoteView().WaitAsync(Timeout);

        Assert.Equal(before.Tally, after.Tally);
        Assert.Equal(before.DotsPlaced, after.DotsPlaced);
        Assert.Equal(40, after.Stage.Contributors);
        Assert.True(after.Version >= before.Version);
        Assert.Equal(2, ((Ballot)await IntakeOf(vote.Listing, "p3").GetContribution("p3").WaitAsync(Timeout)).Dots["s2"]);
    }

    [Fact]
    public async Task The_shards_of_one_vote_are_placed_on_both_silos()
    {
        var vote = await OpenShardedVoteAsync(shards: 16);
        var management = fixture.Cluster.Client.GetGrain<IManagementGrain>(0);

        var silos = new HashSet<SiloAddress>();
        for (var shard = 0; shard < 16; shard++)
        {
            var grain = fixture.Grains.GetGrain<ICulturePrioritiesShardGrain>(IntakeShards.KeyOf(vote.Listing.ActivityId, shard));
            silos.Add((await management.GetActivationAddress(grain).AsTask().WaitAsync(Timeout))!);
        }

        // Random placement: sixteen shards all on one of two silos would happen once in 32,768 runs.
        Assert.Equal(2, silos.Count);
    }

    [Fact]
    public async Task A_named_vote_is_not_spread_and_a_sharded_vote_takes_no_ballot_directly()
    {
        var named = fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId());
        var refused = await named.SetUp("s", Standard() with { Anonymous = false, IntakeShards = 4 }).WaitAsync(Timeout);
        var vote = await OpenShardedVoteAsync(shards: 2);

        var direct = await vote.Grain.CastDots("ana", "d-1", Dots(("s1", 1))).WaitAsync(Timeout);

        Assert.False(refused.Succeeded);
        Assert.False(direct.Accepted);
    }

    [Fact]
    public async Task A_vote_that_takes_proposals_is_not_spread_and_a_spread_vote_refuses_to_start_taking_them()
    {
        var options = new Live.Grains.Activities.Intake.IntakeOptions { IntakeShards = 4 };
        var withProposals = Standard() with { AllowProposals = true };
        var refusedSetup = await fixture.Grains.GetGrain<ICulturePrioritiesGrain>(NewActivityId())
            .SetUp("s", withProposals with { IntakeShards = 4 }).WaitAsync(Timeout);
        var vote = await OpenShardedVoteAsync(shards: 4);

        var proposalsOn = await vote.Grain.Steer(new ActivityCommand(StatementCommands.Proposals, Text: "on")).WaitAsync(Timeout);
        var view = await vote.Grain.GetVoteView().WaitAsync(Timeout);

        Assert.Equal(IntakeShards.One, options.For(CulturePrioritiesKind.Kind, withProposals));
        Assert.Equal(4, options.For(CulturePrioritiesKind.Kind, Standard()));
        Assert.False(refusedSetup.Succeeded);
        Assert.False(proposalsOn.Succeeded);
        Assert.Contains("takes no proposals", proposalsOn.Rejection, StringComparison.Ordinal);
        Assert.False(view.AllowProposals);
        Assert.False(view.ProposalsPossible);
    }

    [Fact]
    public async Task Forgetting_a_sharded_vote_deletes_the_ballots_its_shards_hold()
    {
        var vote = await OpenShardedVoteAsync(shards: 4);
        Assert.True((await CastAsync(vote, "ana", "a-1", Dots(("s1", 1)))).Accepted);

        await vote.Grain.Forget().WaitAsync(Timeout);
        var intake = IntakeOf(vote.Listing, "ana");

        Assert.Empty(((Ballot)await intake.GetContribution("ana").WaitAsync(Timeout)).Dots);
        Assert.Equal("This activity does not exist.", (await CastAsync(vote, "ana", "a-2", Dots(("s1", 1)))).Rejection);
    }

    // The values FNV-1a gives in any process: string.GetHashCode would differ from one node to the next.
    [Theory]
    [InlineData("ana", 4, 1)]
    [InlineData("0f8e4c1a-participant", 7, 2)]
    public void A_participant_maps_to_the_same_shard_on_every_node(string participantId, int shards, int expected) =>
        Assert.Equal(expected, IntakeShards.ShardOf(participantId, shards));

    private static int[] ExpectedDots(string[] people, string[] movers)
    {
        var dots = new int[4];
        for (var i = 0; i < people.Length; i++)
        {
            if (movers.Contains(people[i]))
            {
                dots[0] += 1;
                continue;
            }

            dots[i % 4] += 2;
            dots[(i + 1) % 4] += 1;
        }

        return dots;
    }
}
