namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>
/// The shared picture of a review: the commitments under review (as set up, with their decisions), which
/// one is on screen (<see cref="Current"/>, an index into <see cref="Commitments"/>), and the answers for
/// that one. The answers never say who wrote them in an anonymous review; while results are hidden and
/// not yet revealed the audience gets the commitments and no answers.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ReviewView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] IReadOnlyList<ReviewedCommitment> Commitments,
    [property: Id(1)] int Current,
    [property: Id(2)] ReviewAnswers? Answers) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    /// <summary>As many answers per heading as a room display can show legibly, and a cap on what every phone receives.</summary>
    public const int AudienceAnswers = 60;

    public override string Kind => ReviewKind.Name;

    protected override ActivityView WhileHidden() => this with { Answers = null };

    // Stepping and deciding are the facilitator's doing, so they reach every screen at once. Compared by
    // value: views reach the web nodes deserialized, so their lists are never the same instances.
    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is ReviewView e && e.Current == Current
        && e.Commitments.Select(c => (c.CommitmentId, c.Outcome)).SequenceEqual(Commitments.Select(c => (c.CommitmentId, c.Outcome)));
}
