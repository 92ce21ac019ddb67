using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Activities.Intake;
using AntiLeadership.Live.Grains.Activities.Statements;
using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>
/// A culture-priorities dot vote: each participant's ballot replaces their last, the tally is kept
/// running so a snapshot costs O(statements), however many votes arrive. A large vote may spread its
/// intake over shards (see CulturePrioritiesGrain.Intake.cs).
/// </summary>
public sealed partial class CulturePrioritiesGrain(
    [PersistentState("culture-priorities", StorageNames.Activities)] IPersistentState<CulturePrioritiesState> stored,
    TimeProvider time)
    : StatementVoteGrain<CulturePrioritiesState, StoredBallot, CulturePrioritiesSetup, CulturePrioritiesInput, CulturePrioritiesView>(stored, time),
      ICulturePrioritiesGrain
{
    private readonly Tally _tally = new();

    protected override string NotOpenYet => "Voting has not opened yet.";

    protected override string ClosedAlready => "Voting is closed.";

    protected override void Loaded() => _tally.Rebuild(State.Ballots.Values);

    protected override string? CheckVoteSetup(CulturePrioritiesSetup setup) => CulturePrioritiesRules.CheckSetup(setup);

    protected override bool SameVoteSetup(CulturePrioritiesSetup setup) =>
        State.DotsPerParticipant == setup.DotsPerParticipant && State.MaxDotsPerStatement == setup.MaxDotsPerStatement
        && IntakeShards.Stored(State.IntakeShards) == setup.IntakeShards;

    protected override void ApplyVoteSetup(CulturePrioritiesSetup setup)
    {
        State.DotsPerParticipant = setup.DotsPerParticipant;
        State.MaxDotsPerStatement = setup.MaxDotsPerStatement;
        State.IntakeShards = setup.IntakeShards;
    }

    // A sharded vote's ballots belong to its shards: one stored here as well would count twice.
    protected override string? CheckBallot(string participantId, CulturePrioritiesInput input) =>
        Sharded ? "This vote takes ballots through its shards. Reload the page and try again."
        : input.Dots is null ? "This vote has no dots in it." : CulturePrioritiesRules.CheckBallot(State, input.Dots);

    protected override void ApplyBallot(string participantId, StoredBallot ballot, CulturePrioritiesInput input)
    {
        _tally.Remove(ballot);
        ballot.Dots = input.Dots!.Where(d => d.Value > 0).ToDictionary(d => d.Key, d => d.Value);
        _tally.Add(ballot);
    }

    protected override bool HasContent(StoredBallot ballot) => ballot.Dots.Count > 0;

    protected override CulturePrioritiesView BuildView(ActivityStage stage) => Sharded ? ShardedView(stage) : new(
        ActivityId,
        State.SessionId,
        State.Version,
        stage,
        State.Statements.ToArray(),
        State.DotsPerParticipant,
        State.MaxDotsPerStatement,
        _tally.DotsPlaced,
        State.Statements.Select(s => Told(_tally.For(s.StatementId))).ToArray(),
        Agreements(PlaceOf, DotSteps()),
        Focus,
        WaitingProposals(),
        State.AllowProposals);

    private StatementTally Told(StatementTally tally) =>
        State.Anonymous && tally.Voters is > 0 and < SmallGroups.Smallest ? tally with { Voters = null } : tally;

    protected override Contribution BuildContribution(string participantId)
    {
        var dots = State.Ballots.TryGetValue(participantId, out var ballot) ? new Dictionary<string, int>(ballot.Dots) : [];
        return new Ballot(ActivityId, dots, State.DotsPerParticipant - dots.Values.Sum(), ballot?.Revision ?? 0, OwnProposals(participantId));
    }

    protected override Contribution EmptyContribution(string participantId) =>
        new Ballot(ActivityId, new Dictionary<string, int>(), State.DotsPerParticipant, 0, []);

    protected override RepeatedResults? RepeatablePoints(CulturePrioritiesView stored) =>
        StatementPoints(stored, "Culture priorities: dots", stored.Statements, stored.Agreement);

    protected override IReadOnlyList<ResultRow> ResultRows(CulturePrioritiesView stored) =>
        Ranking.Of(stored.Statements, stored.Tally)
            .Select(r => new ResultRow("Dots", r.Rank, r.Statement, r.Dots, r.Voters, FewerThanThree: r.Voters is null))
            .Concat(AgreementRows(stored.Statements, stored.Agreement))
            .ToArray();

    protected override object? ResultDetails(CulturePrioritiesView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names)
    {
        IReadOnlyList<VoterDots>? ballots = null;
        if (!State.Anonymous)
        {
            var texts = stored.Statements.ToDictionary(s => s.StatementId, s => s.Text);
            ballots = contributions
                .Where(c => c.Value is Ballot { Dots.Count: > 0 })
                .Select(c => (Name: names.GetValueOrDefault(c.Key, ActivityResults.RemovedParticipant), Ballot: (Ballot)c.Value))
                .Select(c => new VoterDots(
                    c.Name,
                    stored.Statements.Where(s => c.Ballot.Dots.GetValueOrDefault(s.StatementId) > 0)
                        .Select(s => new StatementDots(texts[s.StatementId], c.Ballot.Dots[s.StatementId]))
                        .ToArray()))
                .OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToArray();
        }

        return new CulturePrioritiesDetails(stored.DotsPerParticipant, stored.DotsPlaced, ballots);
    }

    // A voter's place on a statement is the share of the most dots it may hold; the steps are dot counts,
    // the last one gathering the rest when a statement may take more than four.
    private (double Place, int Step)? PlaceOf(StoredBallot ballot, string statementId)
    {
        var dots = ballot.Dots.GetValueOrDefault(statementId);
        return ((double)dots / State.MaxDotsPerStatement, Math.Min(dots, MostDotSteps - 1));
    }

    private const int MostDotSteps = 5;

    private string[] DotSteps() =>
        Enumerable.Range(0, Math.Min(State.MaxDotsPerStatement + 1, MostDotSteps))
            .Select(n => n == MostDotSteps - 1 && State.MaxDotsPerStatement >= MostDotSteps ? $"{n} or more dots" : n == 1 ? "1 dot" : $"{n} dots")
            .ToArray();
}
