using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Activities.Intake;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Grains.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>
/// A dot vote whose intake is spread over shards (<see cref="CulturePrioritiesState.IntakeShards"/> above
/// one): the shards hold the ballots; this grain tells them its terms when it is set up, opened or closed
/// (and on every activation, which is also how it reads their stored tallies back), and shows the sum of
/// their newest partial tallies. A close is answered only once every shard has stored it and handed over
/// its final tally, so results read after the close count every acknowledged ballot.
/// </summary>
public sealed partial class CulturePrioritiesGrain
{
    private static readonly TimeSpan ShardAnswerTimeout = TimeSpan.FromSeconds(10);

    private readonly ShardTallies _shards = new();

    // The terms every shard has stored (without their version), so a reveal or a focus does not make
    // each shard write again; null until they have all answered.
    private (ActivityStatus, DateTimeOffset?, string, int, int)? _followed;

    private bool Sharded => State.IntakeShards > IntakeShards.One;

    // Proposals are the vote's shared state, which the shards holding the ballots do not take.
    protected override string? ProposalsRefusal =>
        Sharded ? "This vote is spread over several shards for a very large room, so it takes no proposals." : null;

    public Task TakeTally(ShardTally tally)
    {
        if (Sharded && tally is DotShardTally dots && _shards.Take(dots))
        {
            Republish();
        }

        return Task.CompletedTask;
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (!Sharded)
        {
            return;
        }

        try
        {
            await FollowAllAsync();
        }
        catch (Exception)
        {
            // A shard out of reach reports its tally by itself after its next write; the facilitator's
            // next command tells it the terms again.
        }

        Republish();
    }

    protected override async Task<CommandOutcome> SteeredAsync(CommandOutcome outcome)
    {
        if (!Sharded || !outcome.Succeeded)
        {
            return outcome;
        }

        if (_followed != TermsKey())
        {
            try
            {
                await FollowAllAsync();
            }
            catch (Exception)
            {
                _followed = null;
                return CommandOutcome.Refused("Not every part of this vote has heard this yet. Try again.");
            }
        }

        // Also after a command the shards need not hear of: a report that arrived while its write was
        // under way could not be shown then (see Republish), and may be the last one.
        Republish();
        return outcome;
    }

    protected override Task ForgettingAsync() => Sharded ? Task.WhenAll(ShardGrains().Select(shard => shard.Forget())) : Task.CompletedTask;

    private IEnumerable<ICulturePrioritiesShardGrain> ShardGrains() =>
        Enumerable.Range(0, State.IntakeShards).Select(shard => GrainFactory.GetGrain<ICulturePrioritiesShardGrain>(IntakeShards.KeyOf(ActivityId, shard)));

    private async Task FollowAllAsync()
    {
        var key = TermsKey();
        var terms = new IntakeTerms(State.SessionId, State.Version, State.Status, State.ClosesAt,
            new DotVoteRules(State.Statements.Select(s => s.StatementId).ToArray(), State.DotsPerParticipant, State.MaxDotsPerStatement));
        var tallies = await Task.WhenAll(ShardGrains().Select(shard => shard.Follow(terms))).WaitAsync(ShardAnswerTimeout);
        foreach (var tally in tallies.OfType<DotShardTally>())
        {
            _shards.Take(tally);
        }

        _followed = key;
    }

    private (ActivityStatus, DateTimeOffset?, string, int, int) TermsKey() =>
        (State.Status, State.ClosesAt, string.Join(' ', State.Statements.Select(s => s.StatementId)), State.DotsPerParticipant, State.MaxDotsPerStatement);

    /// <summary>The view of a sharded vote: the shards' merged tally, and the agreement measured from every voter's dots as they reported them.</summary>
    private CulturePrioritiesView ShardedView(ActivityStage stage) => new(
        ActivityId,
        State.SessionId,
        State.Version + _shards.Versions,
        stage with { Contributors = _shards.Voters },
        State.Statements.ToArray(),
        State.DotsPerParticipant,
        State.MaxDotsPerStatement,
        _shards.DotsPlaced,
        State.Statements.Select(s => Told(_shards.For(s.StatementId))).ToArray(),
        State.Statements.Select(s => Agreement.Measure(s.StatementId, ShardAnswers(s.StatementId), DotSteps(), State.Anonymous)).ToArray(),
        Focus,
        WaitingProposals(),
        State.AllowProposals,
        ProposalsPossible: false);

    private List<(double Place, int Step)> ShardAnswers(string statementId)
    {
        var answers = new List<(double, int)>();
        var votersByDots = _shards.VotersByDots(statementId, State.MaxDotsPerStatement);
        for (var dots = 0; dots < votersByDots.Length; dots++)
        {
            answers.AddRange(Enumerable.Repeat(((double)dots / State.MaxDotsPerStatement, Math.Min(dots, MostDotSteps - 1)), votersByDots[dots]));
        }

        return answers;
    }
}
