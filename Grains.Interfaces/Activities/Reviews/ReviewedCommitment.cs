using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>
/// A commitment as the plan held it when the review was set up (what, why, owners' names, first step,
/// status, review date, its last few notes), so the board shows it even while the plan changes, and
/// the review's <see cref="Outcome"/> once decided. No <see cref="Owners"/> means the whole team.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReviewedCommitment(
    [property: Id(0)] string CommitmentId,
    [property: Id(1)] string What,
    [property: Id(2)] string Why,
    [property: Id(3)] IReadOnlyList<string> Owners,
    [property: Id(4)] string FirstStep,
    [property: Id(5)] CommitmentStatus Status,
    [property: Id(6)] DateOnly? ReviewOn,
    [property: Id(7)] IReadOnlyList<PlanNote> RecentNotes,
    [property: Id(8)] ReviewOutcome? Outcome);
