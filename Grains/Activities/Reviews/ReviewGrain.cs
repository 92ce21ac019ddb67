using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Reviews;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;

namespace AntiLeadership.Live.Grains.Activities.Reviews;

/// <summary>
/// The reconvene review: commitments copied from the team's plan at setup, walked through one at a time;
/// each participant's answers per commitment replace their last; the facilitator's decision for a
/// commitment is written to the plan as a dated note (and status) once, however often it is retried.
/// </summary>
public sealed partial class ReviewGrain(
    [PersistentState("review", StorageNames.Activities)] IPersistentState<ReviewState> stored,
    TimeProvider time)
    : ActivityGrain<ReviewState, StoredReview, ReviewSetup, ReviewInput, ReviewView>(stored, time),
      IReviewGrain
{
    // What the session and the plan said just before a setup, used synchronously by the setup that follows.
    private (string TeamId, TeamPlan Plan, IReadOnlyDictionary<string, string> Names)? _fetched;

    protected override string NotOpenYet => "The review has not opened yet.";

    protected override string ClosedAlready => "The review is closed.";

    private ReviewedCommitment? CurrentCommitment =>
        State.Current >= 0 && State.Current < State.Commitments.Count ? State.Commitments[State.Current] : null;

    protected override async Task BeforeSetUpAsync(string sessionId, ReviewSetup setup)
    {
        if (State.IsSetUp)
        {
            return;
        }

        var session = await GrainFactory.GetGrain<ISessionGrain>(sessionId).GetView();
        var plan = await GrainFactory.GetGrain<ITeamPlanGrain>(session.TeamId).GetPlan();
        // Owners are team members' ids: their names as the team knows them, else as they joined today.
        var names = session.Participants.ToDictionary(p => p.ParticipantId, p => p.DisplayName, StringComparer.Ordinal);
        foreach (var member in await GrainFactory.GetGrain<ITeamGrain>(session.TeamId).GetMembers())
        {
            names[member.ParticipantId] = member.DisplayName;
        }

        _fetched = (session.TeamId, plan, names);
    }

    protected override string? CheckSetup(ReviewSetup setup) => ReviewRules.CheckSetup(setup, State.IsSetUp ? null : _fetched?.Plan);

    protected override bool SameSetup(ReviewSetup setup) => State.RequestedIds.SequenceEqual(setup.CommitmentIds ?? []);

    protected override void ApplySetup(ReviewSetup setup)
    {
        var (teamId, plan, names) = _fetched ?? throw new InvalidOperationException("The team's plan was not read before the setup.");
        var today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        var ids = setup.CommitmentIds ?? [];
        var chosen = ids.Count == 0 ? ReviewRules.Due(plan, today) : ids.Select(id => plan.Commitments.First(c => c.CommitmentId == id)).ToArray();
        State.TeamId = teamId;
        State.RequestedIds = [.. ids];
        State.Commitments = chosen.Select(c => Snapshot(c, names)).ToList();
        State.Current = 0;
        State.SetUpAt = Time.GetUtcNow();
    }

    protected override string? CheckInput(string participantId, ReviewInput input) =>
        ReviewRules.Answers(input, CommitmentIds()).Problem;

    protected override void ApplyInput(string participantId, StoredReview entry, ReviewInput input) =>
        entry.Answers = ReviewRules.Answers(input, CommitmentIds()).Answers;

    protected override bool HasContent(StoredReview entry) => entry.Answers.Count > 0;

    protected override ReviewView BuildView(ActivityStage stage) => new(
        ActivityId,
        State.SessionId,
        State.Version,
        stage,
        State.Commitments.ToArray(),
        State.Current,
        CurrentCommitment is { } current ? ReviewTally.Of(current.CommitmentId, State.Answers, State.Anonymous) : null);

    protected override Contribution BuildContribution(string participantId)
    {
        State.Answers.TryGetValue(participantId, out var entry);
        return new ReviewContribution(ActivityId, entry?.Answers.ToArray() ?? [], entry?.Revision ?? 0);
    }

    protected override Contribution EmptyContribution(string participantId) => new ReviewContribution(ActivityId, [], 0);

    protected override IReadOnlyList<ResultRow> ResultRows(ReviewView stored)
    {
        var rows = new List<ResultRow>();
        for (var i = 0; i < stored.Commitments.Count; i++)
        {
            var commitment = stored.Commitments[i];
            var decided = commitment.Outcome is { } outcome ? ReviewRules.Label(outcome.Decision) : "not decided";
            rows.Add(new ResultRow("Decisions", i + 1, $"{commitment.What}: {decided}", null, null));
            var answers = ReviewTally.Of(commitment.CommitmentId, State.Answers, State.Anonymous);
            rows.AddRange(answers.Tally.Select(b => new ResultRow("Now what", i + 1, $"{commitment.What}: {ReviewTally.Label(b)}", b.People, b.People, b.FewerThanThree)));
            rows.AddRange(answers.Happened.Select(t => new ResultRow("What happened", i + 1, $"{commitment.What}: {t.Text}", null, null)));
            rows.AddRange(answers.Learned.Select(t => new ResultRow("So what", i + 1, $"{commitment.What}: {t.Text}", null, null)));
            rows.AddRange(answers.NowWhat.Select(t => new ResultRow("Now what, in words", i + 1, $"{commitment.What}: {t.Text}", null, null)));
        }

        return rows;
    }

    protected override object? ResultDetails(ReviewView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names)
    {
        IReadOnlyList<ReviewPersonAnswer>? answers = null;
        if (!State.Anonymous)
        {
            answers = contributions
                .Select(c => (Name: names.GetValueOrDefault(c.Key, ActivityResults.RemovedParticipant), Contribution: c.Value as ReviewContribution))
                .SelectMany(c => (c.Contribution?.Answers ?? []).Select(a => new ReviewPersonAnswer(c.Name, a.CommitmentId, a.Happened, a.Learned, a.Choice, a.NowWhat)))
                .OrderBy(a => State.Commitments.FindIndex(x => x.CommitmentId == a.CommitmentId))
                .ThenBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToArray();
        }

        return new ReviewDetails(stored.Commitments, answers);
    }

    private HashSet<string> CommitmentIds() => State.Commitments.Select(c => c.CommitmentId).ToHashSet(StringComparer.Ordinal);

    private static ReviewedCommitment Snapshot(Commitment commitment, IReadOnlyDictionary<string, string> names) => new(
        commitment.CommitmentId,
        commitment.Draft.What,
        commitment.Draft.Why,
        commitment.Draft.Owners.Select(o => names.GetValueOrDefault(o) ?? "a former member").ToArray(),
        commitment.Draft.FirstStep,
        commitment.Status,
        commitment.Draft.ReviewOn,
        commitment.Notes.TakeLast(ReviewRules.RecentNotes).ToArray(),
        null);
}
