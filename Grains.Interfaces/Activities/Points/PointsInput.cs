using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Activities.Points;

/// <summary>
/// A participant's whole allocation (statement id → points). Giving, taking back and moving points are
/// all this one input, so a resubmission can never count twice. Or, instead, one proposed statement:
/// both members are optional in JSON, since a phone's proposal is <c>{ "propose": "…" }</c> alone.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PointsInput(
    [property: Id(0)] IReadOnlyDictionary<string, int>? Points = null,
    [property: Id(1)] string? Propose = null) : ActivityInput, IProposingInput
{
    public override string Kind => PointsKind.Name;
}
