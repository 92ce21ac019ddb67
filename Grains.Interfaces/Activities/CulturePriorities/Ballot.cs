using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>One participant's own dots in one culture-priorities vote. Only ever sent to that participant.</summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record Ballot(
    string ActivityId,
    [property: Id(0)] IReadOnlyDictionary<string, int> Dots,
    [property: Id(1)] int DotsLeft,
    long Revision,
    [property: Id(2)] IReadOnlyList<OwnProposal>? Proposals = null) : Contribution(ActivityId, Revision)
{
    public override string Kind => CulturePrioritiesKind.Name;
}
