using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.ScaleVotes;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Grains.Activities.Statements;
using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Activities.ScaleVotes;

/// <summary>
/// Culture priorities on a 1–5 agreement scale: each participant's answers replace their last. A view
/// counts every participant's answers afresh (O(participants × statements), the same walk the agreement
/// per statement needs anyway), once per stored write rather than once per answer.
/// </summary>
public sealed class ScaleVoteGrain(
    [PersistentState("scale", StorageNames.Activities)] IPersistentState<ScaleVoteState> stored,
    TimeProvider time)
    : StatementVoteGrain<ScaleVoteState, StoredAnswers, ScaleVoteSetup, ScaleVoteInput, ScaleVoteView>(stored, time),
      IScaleVoteGrain
{
    /// <summary>The export's section of averages, on the 0–100 of the spread's rows (a row's value is a whole number).</summary>
    public const string AverageSection = "Average answer (0 = strongly disagree, 50 = neither, 100 = strongly agree)";

    protected override string NotOpenYet => "Voting has not opened yet.";

    protected override string ClosedAlready => "Voting is closed.";

    // Nothing besides the statements: every statement is answered on the same five steps.
    protected override string? CheckVoteSetup(ScaleVoteSetup setup) => null;

    protected override bool SameVoteSetup(ScaleVoteSetup setup) => true;

    protected override void ApplyVoteSetup(ScaleVoteSetup setup)
    {
    }

    protected override string? CheckBallot(string participantId, ScaleVoteInput input) =>
        ScaleVoteRules.CheckAnswers(State.Statements, input.Answers);

    protected override void ApplyBallot(string participantId, StoredAnswers entry, ScaleVoteInput input) =>
        entry.Answers = new Dictionary<string, int>(input.Answers!);

    protected override bool HasContent(StoredAnswers entry) => entry.Answers.Count > 0;

    protected override ScaleVoteView BuildView(ActivityStage stage) => new(
        ActivityId,
        State.SessionId,
        State.Version,
        stage,
        State.Statements.ToArray(),
        Answered(),
        Agreements(PlaceOf, ScaleVoteRules.Labels),
        Focus,
        WaitingProposals(),
        State.AllowProposals);

    protected override Contribution BuildContribution(string participantId)
    {
        State.Answers.TryGetValue(participantId, out var entry);
        return new ScaleVoteBallot(ActivityId, new Dictionary<string, int>(entry?.Answers ?? []), entry?.Revision ?? 0, OwnProposals(participantId));
    }

    protected override Contribution EmptyContribution(string participantId) =>
        new ScaleVoteBallot(ActivityId, new Dictionary<string, int>(), 0, []);

    protected override RepeatedResults? RepeatablePoints(ScaleVoteView stored) =>
        StatementPoints(stored, "Culture priorities: agreement 1–5", stored.Statements, stored.Agreement);

    protected override IReadOnlyList<ResultRow> ResultRows(ScaleVoteView stored) =>
        AverageRows(stored).Concat(AgreementRows(stored.Statements, stored.Agreement)).ToArray();

    protected override object? ResultDetails(ScaleVoteView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names)
    {
        var texts = stored.Statements.ToDictionary(s => s.StatementId, s => s.Text);
        var averages = (stored.Results ?? []).Select(r => new StatementAverage(texts[r.StatementId], r.Answered, r.Average, r.FewerThanThree)).ToArray();
        IReadOnlyList<VoterAnswers>? ballots = null;
        if (!State.Anonymous)
        {
            ballots = contributions
                .Where(c => c.Value is ScaleVoteBallot { Answers.Count: > 0 })
                .Select(c => (Name: names.GetValueOrDefault(c.Key, ActivityResults.RemovedParticipant), Answers: ((ScaleVoteBallot)c.Value).Answers))
                .Select(c => new VoterAnswers(
                    c.Name,
                    stored.Statements.Where(s => c.Answers.ContainsKey(s.StatementId))
                        .Select(s => new StatementAnswer(s.Text, c.Answers[s.StatementId], ScaleVoteRules.LabelOf(c.Answers[s.StatementId])))
                        .ToArray()))
                .OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToArray();
        }

        return new ScaleVoteDetails(ScaleVoteRules.Labels, averages, ballots);
    }

    private static (double Place, int Step)? PlaceOf(StoredAnswers entry, string statementId) =>
        entry.Answers.TryGetValue(statementId, out var answer) ? (ScaleVoteRules.PlaceOf(answer), answer - ScaleVoteRules.Lowest) : null;

    /// <summary>
    /// How many answered each statement, and their average (two decimals, all a screen shows; halves
    /// rounded up, as people do). Anonymous and answered by one or two: neither, as the distribution.
    /// </summary>
    private StatementAnswers[] Answered()
    {
        var totals = new Dictionary<string, (int People, int Sum)>(State.Statements.Count);
        foreach (var entry in State.Answers.Values)
        {
            foreach (var (statementId, answer) in entry.Answers)
            {
                var (people, sum) = totals.GetValueOrDefault(statementId);
                totals[statementId] = (people + 1, sum + answer);
            }
        }

        return State.Statements
            .Select(s => totals.TryGetValue(s.StatementId, out var t)
                ? State.Anonymous && t.People < SmallGroups.Smallest
                    ? new StatementAnswers(s.StatementId, null, null, FewerThanThree: true)
                    : new StatementAnswers(s.StatementId, t.People, Math.Round((double)t.Sum / t.People, 2, MidpointRounding.AwayFromZero))
                : new StatementAnswers(s.StatementId, 0, null))
            .ToArray();
    }

    /// <summary>The statements by average answer, most agreed first, ties sharing a rank; those with no average to give last, unranked.</summary>
    private static IEnumerable<ResultRow> AverageRows(ScaleVoteView stored)
    {
        var results = (stored.Results ?? []).ToDictionary(r => r.StatementId);
        var answered = stored.Statements
            .Select(s => (s.Text, Result: results.GetValueOrDefault(s.StatementId)))
            .Where(s => s.Result?.Average is not null)
            .OrderByDescending(s => s.Result!.Average)
            .ToArray();
        var rank = 0;
        for (var i = 0; i < answered.Length; i++)
        {
            var (text, result) = answered[i];
            rank = i > 0 && result!.Average == answered[i - 1].Result!.Average ? rank : i + 1;
            yield return new ResultRow(AverageSection, rank, text, (int)Math.Round(ScaleVoteRules.PlaceOf(result!.Average!.Value) * 100, MidpointRounding.AwayFromZero), result.Answered);
        }

        foreach (var statement in stored.Statements.Where(s => results.GetValueOrDefault(s.StatementId)?.Average is null))
        {
            yield return results.GetValueOrDefault(statement.StatementId) is { FewerThanThree: true }
                ? new ResultRow(AverageSection, null, statement.Text, null, null, FewerThanThree: true)
                : new ResultRow(AverageSection, null, statement.Text, null, 0);
        }
    }
}
