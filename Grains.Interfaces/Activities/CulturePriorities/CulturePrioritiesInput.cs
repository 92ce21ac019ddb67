using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>
/// A participant's whole ballot (statement id → dots). Placing, moving and removing dots are all this
/// one input, so a resubmission can never double count. Or, instead of a ballot, one proposed statement.
/// Both members are optional in JSON: a phone's proposal is <c>{ "propose": "…" }</c> and nothing else,
/// the same for every vote on statements (statement-vote.js knows no kind's ballot).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CulturePrioritiesInput(
    [property: Id(0)] IReadOnlyDictionary<string, int>? Dots = null,
    [property: Id(1)] string? Propose = null) : ActivityInput, IProposingInput
{
    public override string Kind => CulturePrioritiesKind.Name;
}
