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

    /// <summary>
    /// How many shards take the participants' input (see <see cref="Intake.IntakeShards"/>). Decided by the
    /// session from the operator's setting, never by a browser: not read from or written to JSON.
    /// </summary>
    [Id(3)]
    [System.Text.Json.Serialization.JsonIgnore]
    public int IntakeShards { get; init; } = Intake.IntakeShards.One;

    /// <summary>
    /// Whether shards could take every input this setup allows without the activity itself: only when it
    /// is anonymous (who voted is not known to the activity then), and a kind with input every participant
    /// shares (proposals to the facilitator) says so here.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public virtual bool InputCanSpread => Anonymous;
}
