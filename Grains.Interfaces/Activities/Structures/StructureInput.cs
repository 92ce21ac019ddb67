namespace AntiLeadership.Live.Activities.Structures;

/// <summary>One thing a phone does in the step on now: one of <see cref="StructureActions"/>, with what it needs.</summary>
[GenerateSerializer, Immutable]
public sealed record StructureInput(
    [property: Id(0)] string Action,
    [property: Id(1)] string? Text = null,
    [property: Id(2)] string? EntryId = null,
    [property: Id(3)] bool? On = null) : ActivityInput
{
    public override string Kind => StructureKind.Name;
}
