using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Points;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Grains.Activities.Statements;
using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Activities.Points;

/// <summary>
/// A 100-points vote: each participant's allocation replaces their last (so a resubmission never counts
/// twice), and the totals are kept running so a snapshot's totals cost O(statements).
/// </summary>
public sealed class PointsGrain(
    [PersistentState("points", StorageNames.Activities)] IPersistentState<PointsState> stored,
    TimeProvider time)
    : StatementVoteGrain<PointsState, StoredAllocation, PointsSetup, PointsInput, PointsView>(stored, time),
      IPointsGrain
{
    private readonly PointsTally _tally = new();

    protected override string NotOpenYet => "Voting has not opened yet.";

    protected override string ClosedAlready => "Voting is closed.";

    protected override void Loaded() => _tally.Rebuild(State.Allocations.Values);

    protected override string? CheckVoteSetup(PointsSetup setup) => PointsRules.CheckSetup(setup);

    protected override bool SameVoteSetup(PointsSetup setup) => State.Step == setup.Step;

    protected override void ApplyVoteSetup(PointsSetup setup)
    {
        State.Budget = PointsRules.Budget;
        State.Step = setup.Step;
    }

    protected override string? CheckBallot(string participantId, PointsInput input) =>
        input.Points is null ? "This vote has no points in it." : PointsRules.CheckAllocation(State, input.Points);

    protected override void ApplyBallot(string participantId, StoredAllocation allocation, PointsInput input)
    {
        _tally.Remove(allocation);
        allocation.Points = input.Points!.Where(p => p.Value > 0).ToDictionary(p => p.Key, p => p.Value);
        _tally.Add(allocation);
    }

    protected override bool HasContent(StoredAllocation allocation) => allocation.Points.Count > 0;

    protected override PointsView BuildView(ActivityStage stage) => new(
        ActivityId,
        State.SessionId,
        State.Version,
        stage,
        State.Statements.ToArray(),
        State.Budget,
        State.Step,
        _tally.PointsGiven,
        State.Statements.Select(s => Total(s.StatementId)).ToArray(),
        AgreementByStatement(),
        Focus,
        WaitingProposals(),
        State.AllowProposals);

    protected override Contribution BuildContribution(string participantId)
    {
        var points = State.Allocations.TryGetValue(participantId, out var allocation) ? new Dictionary<string, int>(allocation.Points) : [];
        return new PointsContribution(ActivityId, points, State.Budget - points.Values.Sum(), allocation?.Revision ?? 0, OwnProposals(participantId));
    }

    protected override Contribution EmptyContribution(string participantId) =>
        new PointsContribution(ActivityId, new Dictionary<string, int>(), State.Budget, 0, []);

    protected override RepeatedResults? RepeatablePoints(PointsView stored) =>
        StatementPoints(stored, "Culture priorities: 100 points", stored.Statements, stored.Agreement);

    protected override IReadOnlyList<ResultRow> ResultRows(PointsView stored) =>
        PointsRanking.Of(stored.Statements, stored.Totals)
            .Select(r => new ResultRow("Points", r.Rank, r.Statement.Text, r.Total.Points, r.Total.People, r.Total.FewerThanThree))
            .Concat(AgreementRows(stored.Statements, stored.Agreement))
            .ToArray();

    protected override object? ResultDetails(PointsView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names)
    {
        IReadOnlyList<PersonPoints>? allocations = null;
        if (!State.Anonymous)
        {
            allocations = contributions
                .Where(c => c.Value is PointsContribution { Points.Count: > 0 })
                .Select(c => (Name: names.GetValueOrDefault(c.Key, ActivityResults.RemovedParticipant), Given: ((PointsContribution)c.Value).Points))
                .Select(c => new PersonPoints(
                    c.Name,
                    stored.Statements.Where(s => c.Given.GetValueOrDefault(s.StatementId) > 0)
                        .Select(s => new PointsOnStatement(s.Text, c.Given[s.StatementId]))
                        .ToArray()))
                .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToArray();
        }

        return new PointsDetails(stored.Budget, stored.Step, stored.PointsGiven ?? 0, allocations);
    }

    // How many gave a statement points, and so how many gave it none (the room sees how many voted),
    // are groups of people: in an anonymous vote neither is a number while it is one or two, for the
    // facilitator either (the distribution's steps are banded by the same rule, SmallGroups).
    private StatementPoints Total(string statementId)
    {
        var (points, people) = _tally.For(statementId);
        var none = _tally.Voters - people;
        if (!State.Anonymous)
        {
            return new StatementPoints(statementId, points, people);
        }

        return people is > 0 and < SmallGroups.Smallest
            ? new StatementPoints(statementId, points, null, FewerThanThree: true)
            : none is > 0 and < SmallGroups.Smallest
                ? new StatementPoints(statementId, points, null, AllButOneOrTwo: true)
                : new StatementPoints(statementId, points, people);
    }

    // An anonymous distribution's bands are said as the points they span ("20+"), not as two step names.
    private IReadOnlyList<StatementAgreement> AgreementByStatement()
    {
        var bands = PointsAgreement.Bands(State.Step, State.Budget);
        return Agreements(PlaceOf, PointsAgreement.Steps(State.Step, State.Budget))
            .Select(a => a with { Buckets = a.Buckets.Select(b => b with { Label = bands.GetValueOrDefault(b.Label, b.Label) }).ToArray() })
            .ToArray();
    }

    private (double Place, int Step)? PlaceOf(StoredAllocation allocation, string statementId)
    {
        var points = allocation.Points.GetValueOrDefault(statementId);
        return (PointsAgreement.Place(points, State.Budget), PointsAgreement.Step(points, State.Budget));
    }
}
