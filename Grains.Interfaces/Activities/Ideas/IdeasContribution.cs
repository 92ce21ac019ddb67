namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// One participant's own part, as stored, only ever sent to their devices: their entries (with what the
/// facilitator did with each) and their dots (item id → dots), with what the dotted items are called.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record IdeasContribution(
    string ActivityId,
    [property: Id(0)] IReadOnlyList<OwnIdea> Entries,
    [property: Id(1)] IReadOnlyDictionary<string, int> Dots,
    [property: Id(2)] int DotsLeft,
    [property: Id(3)] IReadOnlyList<DottedIdea> Dotted,
    long Revision) : Contribution(ActivityId, Revision)
{
    public override string Kind => IdeasKind.Name;
}
