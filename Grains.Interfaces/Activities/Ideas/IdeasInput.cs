namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// A participant's input, one part per phase: while writing, <see cref="Entries"/> is their whole list of
/// entries (an entry left out is deleted); while grouping, a <see cref="Move"/> (when the setup lets
/// phones group); while voting, <see cref="Dots"/> is their whole allocation (item id → dots), as in the
/// dot vote. Exactly one part is filled.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IdeasInput(
    [property: Id(0)] IReadOnlyList<IdeaDraft>? Entries = null,
    [property: Id(1)] IReadOnlyDictionary<string, int>? Dots = null,
    [property: Id(2)] IdeaMove? Move = null) : ActivityInput
{
    public override string Kind => IdeasKind.Name;
}
