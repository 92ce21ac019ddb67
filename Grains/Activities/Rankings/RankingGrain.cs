using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Rankings;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Grains.Activities.Statements;
using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Activities.Rankings;

/// <summary>
/// Culture priorities as a ranking: each participant's order replaces their last; running sums per
/// statement keep a snapshot O(statements). An order may leave statements out; each person counts only
/// for the statements they placed, so a statement a proposal added mid-vote is judged by those who
/// ranked it, never pushed down by those who ranked before it existed (it gets no points from them).
/// </summary>
public sealed class RankingGrain(
    [PersistentState("ranking", StorageNames.Activities)] IPersistentState<RankingState> stored,
    TimeProvider time)
    : StatementVoteGrain<RankingState, StoredRanking, RankingSetup, RankingInput, RankingView>(stored, time),
      IRankingGrain
{
    private readonly RankingTally _tally = new();

    protected override string NotOpenYet => "Ranking has not opened yet.";

    protected override string ClosedAlready => "Ranking is closed.";

    protected override void Loaded() => _tally.Rebuild(State.Rankings.Values);

    protected override string? CheckVoteSetup(RankingSetup setup) => null;

    protected override bool SameVoteSetup(RankingSetup setup) => true;

    protected override void ApplyVoteSetup(RankingSetup setup)
    {
    }

    protected override string? CheckBallot(string participantId, RankingInput input) => RankingRules.CheckOrder(State.Statements, input.Order);

    protected override void ApplyBallot(string participantId, StoredRanking ranking, RankingInput input)
    {
        _tally.Remove(ranking);
        ranking.Order = input.Order!.ToList();
        _tally.Add(ranking);
    }

    protected override bool HasContent(StoredRanking ranking) => ranking.Order.Count > 0;

    protected override RankingView BuildView(ActivityStage stage)
    {
        var thirds = new Thirds(State.Statements.Count);
        return new RankingView(
            ActivityId,
            State.SessionId,
            State.Version,
            stage,
            State.Statements.ToArray(),
            TeamOrder.Of(State.Statements, _tally, State.Anonymous),
            Withheld(Agreements((ranking, statementId) => ranking.PlaceOf(statementId) is { } place ? thirds.Answer(place) : null, thirds.Labels)),
            Focus,
            WaitingProposals(),
            State.AllowProposals);
    }

    protected override Contribution BuildContribution(string participantId)
    {
        var ranking = State.Rankings.GetValueOrDefault(participantId);
        return new RankingBallot(ActivityId, ranking?.Order.ToArray() ?? [], ranking?.Revision ?? 0, OwnProposals(participantId));
    }

    protected override Contribution EmptyContribution(string participantId) => new RankingBallot(ActivityId, [], 0, []);

    protected override RepeatedResults? RepeatablePoints(RankingView stored) =>
        StatementPoints(stored, "Culture priorities: ranking", stored.Statements, stored.Agreement);

    protected override IReadOnlyList<ResultRow> ResultRows(RankingView stored)
    {
        var texts = stored.Statements.ToDictionary(s => s.StatementId, s => s.Text);
        var section = $"Points (first place {stored.Statements.Count - 1}, last 0)";
        return ScoresToExport(stored)
            .Select(s => new ResultRow(section, s.Rank, texts[s.StatementId], s.Points, s.People, s.FewerThanThree))
            .Concat(AgreementRows(stored.Statements, stored.Agreement))
            .ToArray();
    }

    protected override object? ResultDetails(RankingView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names)
    {
        var texts = stored.Statements.ToDictionary(s => s.StatementId, s => s.Text);
        var ranking = ScoresToExport(stored)
            .Select(s => new RankingResult(s.Rank, texts[s.StatementId], s.Points, s.AverageRank, s.People, s.FewerThanThree))
            .ToArray();
        IReadOnlyList<VoterOrder>? orders = null;
        if (!State.Anonymous)
        {
            orders = contributions
                .Where(c => c.Value is RankingBallot { Order.Count: > 0 })
                .Select(c => new VoterOrder(
                    names.GetValueOrDefault(c.Key, ActivityResults.RemovedParticipant),
                    ((RankingBallot)c.Value).Order.Select(id => texts[id]).ToArray()))
                .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToArray();
        }

        return new RankingDetails(stored.Statements.Count, stored.Stage.Contributors, ranking, orders);
    }

    // In an anonymous ranking a statement only one or two people placed gives no numbers (TeamOrder), and
    // no spread or average either (its steps are one band of "fewer than 3" already): the spread of two
    // people says whether they placed it alike, and one person's average is their place.
    private IReadOnlyList<StatementAgreement> Withheld(IReadOnlyList<StatementAgreement> agreements) =>
        !State.Anonymous
            ? agreements
            : agreements.Select(a => a.People is > 0 and < SmallGroups.Smallest ? a with { Average = null, Spread = null, Split = false } : a).ToArray();

    // The stored view may predate a raise of anonymity still being written: the export already keeps
    // to it, so a statement one or two people ranked gives no numbers.
    private IEnumerable<StatementScore> ScoresToExport(RankingView stored) =>
        (stored.Scores ?? []).Select(s => State.Anonymous && s.People is 1 or 2
            ? new StatementScore(s.StatementId, null, null, null, null, FewerThanThree: true)
            : s);
}
