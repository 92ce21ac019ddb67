using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>One participant's own answers (statement id → 1–5) and proposals. Only ever sent to that participant.</summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ScaleVoteBallot(
    string ActivityId,
    [property: Id(0)] IReadOnlyDictionary<string, int> Answers,
    long Revision,
    [property: Id(1)] IReadOnlyList<OwnProposal>? Proposals = null) : Contribution(ActivityId, Revision)
{
    public override string Kind => ScaleVoteKind.Name;
}
