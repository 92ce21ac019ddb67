namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// What a facilitator chooses when adding an ideas activity: the <see cref="Prompt"/> everyone writes to,
/// how many entries each person may write and how long each may be, whether the facilitator may read
/// (screen) entries before the reveal, whether participants may group entries on their phones, and the
/// dot vote's budget per person and limit per item. Entries are always private until revealed, whatever
/// <see cref="ActivitySetup.HideResultsUntilRevealed"/> says.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record IdeasSetup(
    string Title,
    [property: Id(0)] string Prompt,
    [property: Id(1)] int MaxEntriesPerPerson = 3,
    [property: Id(2)] int MaxEntryLength = 140,
    [property: Id(3)] bool ScreenBeforeReveal = false,
    [property: Id(4)] bool PhonesMayGroup = false,
    [property: Id(5)] int DotsPerPerson = 3,
    [property: Id(6)] int MaxDotsPerItem = 2,
    bool HideResultsUntilRevealed = true,
    bool Anonymous = true) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed)
{
    public override string Kind => IdeasKind.Name;
}
