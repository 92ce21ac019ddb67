using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>
/// A participant's whole ballot (statement id → dots). Placing, moving and removing dots are all this
/// one input, so a resubmission can never double count. Or, instead of a ballot, one proposed statement.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CulturePrioritiesInput(
    [property: Id(0)] IReadOnlyDictionary<string, int>? Dots,
    [property: Id(1)] string? Propose = null) : ActivityInput, IProposingInput
{
    public override string Kind => CulturePrioritiesKind.Name;
}
