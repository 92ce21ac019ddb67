namespace AntiLeadership.Live.Activities.Structures;

/// <summary>A participant's own part: their entries, what they marked, and their group for the step on now (null outside group steps, or before they have one).</summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record StructureContribution(
    string ActivityId,
    [property: Id(0)] IReadOnlyList<OwnEntry> Entries,
    [property: Id(1)] IReadOnlyList<string> Marked,
    [property: Id(2)] OwnGroup? Group,
    long Revision) : Contribution(ActivityId, Revision)
{
    public override string Kind => StructureKind.Name;
}
