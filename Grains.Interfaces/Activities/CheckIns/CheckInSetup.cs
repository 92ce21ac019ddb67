namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>
/// What a facilitator chooses when adding a check-in: the question everyone answers
/// (<see cref="Prompt"/>, such as "One word for how you arrive today") and whether it takes a word or a
/// 1–5 scale. Anonymous (the default): nobody, the facilitator included, learns who answered what.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record CheckInSetup(
    string Title,
    [property: Id(0)] string Prompt,
    [property: Id(1)] CheckInMode Mode,
    bool HideResultsUntilRevealed,
    bool Anonymous = true) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed)
{
    public override string Kind => CheckInKind.Name;
}
