namespace AntiLeadership.Live.Activities;

/// <summary>
/// What a facilitator chooses when adding an activity; each kind derives its own with what is particular
/// to it. Anonymous (the default): nobody, the facilitator included, learns who contributed what.
/// Hidden results stay off the board and the phones until the facilitator reveals them.
/// </summary>
[GenerateSerializer, Immutable]
public abstract record ActivitySetup(
    [property: Id(0)] string Title,
    [property: Id(1)] bool Anonymous,
    [property: Id(2)] bool HideResultsUntilRevealed)
{
    public abstract string Kind { get; }
}
