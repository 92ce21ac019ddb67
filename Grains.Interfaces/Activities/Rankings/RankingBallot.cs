using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.Rankings;

/// <summary>One participant's own order (statement ids, first = most important). Only ever sent to that participant.</summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record RankingBallot(
    string ActivityId,
    [property: Id(0)] IReadOnlyList<string> Order,
    long Revision,
    [property: Id(1)] IReadOnlyList<OwnProposal>? Proposals = null) : Contribution(ActivityId, Revision)
{
    public override string Kind => RankingKind.Name;
}
