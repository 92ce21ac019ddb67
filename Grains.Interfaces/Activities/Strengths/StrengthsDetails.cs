namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// The export's own part for a strengths map: the catalogue it used and, in a named map only, the columns
/// of the people who agreed to be shown. Who recognised whom is never exported.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StrengthsDetails(
    [property: Id(0)] IReadOnlyList<StrengthDomain> Domains,
    [property: Id(1)] IReadOnlyList<Strength> Strengths,
    [property: Id(2)] IReadOnlyList<PersonStrengths>? People);
