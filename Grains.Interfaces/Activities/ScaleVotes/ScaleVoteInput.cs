using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>
/// A participant's whole set of answers (statement id → 1 "strongly disagree" … 5 "strongly agree").
/// A statement left out is skipped, so clearing an answer is sending the set without it, and a
/// resubmission can never count twice. Or, instead of answers, one proposed statement.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ScaleVoteInput(
    [property: Id(0)] IReadOnlyDictionary<string, int>? Answers = null,
    [property: Id(1)] string? Propose = null) : ActivityInput, IProposingInput
{
    public override string Kind => ScaleVoteKind.Name;
}
