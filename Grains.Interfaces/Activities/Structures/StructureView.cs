namespace AntiLeadership.Live.Activities.Structures;

/// <summary>
/// The shared picture of a guided structure: its steps, which one is on (<see cref="StepIndex"/>, -1
/// before the start, <see cref="Steps"/>.Count once finished) and its stored end time (or the seconds
/// left while the facilitator holds it), the entries the room may see, how many were written per step,
/// and what each group carried forward. Private writing never appears here: only its counts.
/// <see cref="Kept"/>: the entries kept for the team's plan.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record StructureView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] string Structure,
    [property: Id(1)] string Prompt,
    [property: Id(2)] IReadOnlyList<StructureStep> Steps,
    [property: Id(3)] int StepIndex,
    [property: Id(4)] DateTimeOffset? StepEndsAt,
    [property: Id(5)] IReadOnlyList<int> EntriesPerStep,
    [property: Id(6)] IReadOnlyList<StructureEntry>? Entries,
    [property: Id(7)] IReadOnlyList<GroupHarvest>? Harvest,
    [property: Id(8)] int Groups,
    [property: Id(9)] IReadOnlyList<string>? Kept = null) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    public override string Kind => StructureKind.Name;

    protected override ActivityView WhileHidden() => this with { Entries = null, Harvest = null };

    // Moving between steps and changing their time is the facilitator's doing: every screen at once.
    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is StructureView e && e.StepIndex == StepIndex && e.StepEndsAt == StepEndsAt && e.Groups == Groups
        && (e.Kept ?? []).SequenceEqual(Kept ?? []);
}
