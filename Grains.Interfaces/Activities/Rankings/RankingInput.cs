using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.Rankings;

/// <summary>
/// A participant's whole ranking: statement ids, most important first. Moving a statement up, down or
/// to the top sends the whole order again, so a repeat can never count twice. The order may leave
/// statements out (not ranked yet, or added by a proposal after it was made). Or, instead of an order,
/// one proposed statement.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RankingInput(
    [property: Id(0)] IReadOnlyList<string>? Order = null,
    [property: Id(1)] string? Propose = null) : ActivityInput, IProposingInput
{
    public override string Kind => RankingKind.Name;
}
