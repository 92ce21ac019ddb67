namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// What a facilitator chooses when adding a strengths map: the built-in catalogue always, plus
/// <see cref="ExtraDomains"/> (names) and <see cref="ExtraStrengths"/> of the team's own. Anonymous (the
/// default): a recipient reads "someone sees … in you", and nobody, the facilitator included, learns who.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record StrengthsSetup(
    string Title,
    [property: Id(0)] IReadOnlyList<string>? ExtraDomains,
    [property: Id(1)] IReadOnlyList<StrengthIdea>? ExtraStrengths,
    bool HideResultsUntilRevealed,
    bool Anonymous = true) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed)
{
    public override string Kind => StrengthsKind.Name;
}
