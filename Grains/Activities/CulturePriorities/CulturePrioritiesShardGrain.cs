using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Activities.Intake;
using AntiLeadership.Live.Grains.Activities.Intake;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>
/// One shard of a large dot vote's intake: the ballots of the participants that hash to it, checked as
/// the vote itself checks them. Proposals are the vote's shared state, so a vote whose intake is spread
/// takes none (the facilitator sets such a vote up without them).
/// </summary>
public sealed class CulturePrioritiesShardGrain(
    [PersistentState("culture-priorities-shard", StorageNames.Activities)] IPersistentState<CulturePrioritiesShardState> stored,
    TimeProvider time)
    : IntakeShardGrain<CulturePrioritiesShardState, StoredBallot, DotVoteRules>(stored, time), ICulturePrioritiesShardGrain
{
    private readonly DotsByVoter _counts = new();

    protected override IShardedActivity Activity => GrainFactory.GetGrain<ICulturePrioritiesGrain>(ActivityId);

    protected override string NotOpenYet => "Voting has not opened yet.";

    protected override string ClosedAlready => "Voting is closed.";

    protected override void Loaded() => _counts.Rebuild(State.Ballots.Values);

    protected override void ApplyRules(DotVoteRules rules)
    {
        State.StatementIds = rules.StatementIds.ToList();
        State.DotsPerParticipant = rules.DotsPerParticipant;
        State.MaxDotsPerStatement = rules.MaxDotsPerStatement;
    }

    protected override string? CheckInput(string participantId, ActivityInput input) => input switch
    {
        not CulturePrioritiesInput => "That input is for another kind of activity.",
        CulturePrioritiesInput { Propose: not null } => "This vote takes no proposals.",
        CulturePrioritiesInput { Dots: null } => "This vote has no dots in it.",
        CulturePrioritiesInput { Dots: { } dots } => CulturePrioritiesRules.CheckBallot(State.StatementIds, State.DotsPerParticipant, State.MaxDotsPerStatement, dots),
    };

    protected override void ApplyInput(string participantId, StoredBallot ballot, ActivityInput input)
    {
        _counts.Remove(ballot);
        ballot.Dots = ((CulturePrioritiesInput)input).Dots!.Where(d => d.Value > 0).ToDictionary(d => d.Key, d => d.Value);
        _counts.Add(ballot);
    }

    protected override Contribution BuildContribution(string participantId)
    {
        var dots = State.Ballots.TryGetValue(participantId, out var ballot) ? new Dictionary<string, int>(ballot.Dots) : [];
        return new Ballot(ActivityId, dots, State.DotsPerParticipant - dots.Values.Sum(), ballot?.Revision ?? 0, []);
    }

    protected override Contribution EmptyContribution() => new Ballot(ActivityId, new Dictionary<string, int>(), State.DotsPerParticipant, 0, []);

    protected override ShardTally BuildTally(long version) => _counts.Tally(Shard, version);
}
