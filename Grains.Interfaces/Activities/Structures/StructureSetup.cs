namespace AntiLeadership.Live.Activities.Structures;

/// <summary>
/// Which structure (<see cref="StructureNames"/>) and the question it works on (<see cref="Prompt"/>,
/// e.g. "How might we share leadership in our team?"). Its steps, instructions and times come with
/// the structure; the facilitator extends, shortens or skips them as the room goes.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record StructureSetup(
    string Title,
    [property: Id(0)] string Structure,
    [property: Id(1)] string Prompt,
    bool HideResultsUntilRevealed = false,
    bool Anonymous = true) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed)
{
    public override string Kind => StructureKind.Name;
}
