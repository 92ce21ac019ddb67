namespace AntiLeadership.Live.Activities;

/// <summary>
/// The shared picture of a culture-priorities vote. <see cref="Tally"/> is always filled for the
/// facilitator; <see cref="ForAudience"/> empties it while results are hidden and not yet revealed,
/// leaving only how many people have voted. <see cref="VoterIds"/> (who has voted, never what) is
/// filled only when the activity is not anonymous, and only in the facilitator's copy.
/// </summary>
// The base record carries the first three values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record CulturePrioritiesView(
    string ActivityId,
    string SessionId,
    long Version,
    [property: Id(0)] string Title,
    [property: Id(1)] IReadOnlyList<Statement> Statements,
    [property: Id(2)] int DotsPerParticipant,
    [property: Id(3)] int MaxDotsPerStatement,
    [property: Id(4)] bool HideResultsUntilRevealed,
    [property: Id(5)] VotingStatus Status,
    [property: Id(6)] bool Revealed,
    [property: Id(7)] int VoterCount,
    [property: Id(8)] int DotsPlaced,
    [property: Id(9)] IReadOnlyList<StatementTally>? Tally,
    [property: Id(10)] bool TallyVisible,
    [property: Id(11)] DateTimeOffset? ClosesAt = null,
    [property: Id(12)] bool Anonymous = true,
    [property: Id(13)] IReadOnlyList<string>? VoterIds = null) : ActivityView(ActivityId, SessionId, Version)
{
    public override string Kind => ActivityKinds.CulturePriorities;

    public bool ResultsVisibleToAll => !HideResultsUntilRevealed || Revealed;

    // Everything but the counts must be equal, so a member added later counts as a facilitator's change.
    // Statements are compared by content: each view carries a list of its own.
    public override bool OnlyCountsChangedSince(ActivityView earlier) =>
        earlier is CulturePrioritiesView e
        && e.Statements.SequenceEqual(Statements)
        && this with { Version = e.Version, Statements = e.Statements, VoterCount = e.VoterCount, DotsPlaced = e.DotsPlaced, Tally = e.Tally, VoterIds = e.VoterIds } == e;

    // Who has voted is for the facilitator's eyes only, and only in a named activity.
    public override ActivityView ForAudience() =>
        ResultsVisibleToAll ? this with { TallyVisible = true, VoterIds = null } : this with { Tally = null, TallyVisible = false, VoterIds = null };
}
