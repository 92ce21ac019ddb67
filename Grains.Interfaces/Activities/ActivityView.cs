namespace AntiLeadership.Live.Activities;

/// <summary>
/// The versioned snapshot of one activity. Each kind derives its own view; browsers pick the renderer
/// by <see cref="Kind"/> and ignore any snapshot whose version is not newer than theirs. The facilitator
/// gets it whole; everyone else gets <see cref="ForAudience"/>, built here once for every kind.
/// </summary>
[GenerateSerializer, Immutable]
public abstract record ActivityView(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string SessionId,
    [property: Id(2)] long Version,
    [property: Id(3)] ActivityStage Stage)
{
    public abstract string Kind { get; }

    /// <summary>
    /// The JSON names of members a paced push to the phones leaves out (see <see cref="Paced"/>): the
    /// phone takes them from the newest view it has that left nothing out. Null in every other view.
    /// Only set on the web node, after the grains: Orleans never carries it.
    /// </summary>
    [field: NonSerialized]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? LeftOut { get; init; }

    /// <summary>
    /// What the board and the phones may see: never who took part, and none of the results while they
    /// are hidden and not yet revealed. What a client must not see is left out here, on the server.
    /// </summary>
    public ActivityView ForAudience()
    {
        var shared = this with { Stage = Stage with { ContributorIds = null } };
        return Stage.ResultsVisibleToAll ? shared.Shared() : shared.WhileHidden();
    }

    /// <summary>
    /// True when this view differs from <paramref name="earlier"/> of the same activity only in what
    /// participants' own input changes (contributions coming in), not in anything the facilitator did.
    /// Phones take such changes at a steady rhythm; anything else reaches them at once.
    /// </summary>
    public bool OnlyCountsChangedSince(ActivityView earlier) =>
        earlier.GetType() == GetType()
        && earlier.ActivityId == ActivityId
        && earlier.Stage with { Contributors = 0, ContributorIds = null } == Stage with { Contributors = 0, ContributorIds = null }
        && SameApartFromInput(earlier);

    /// <summary>
    /// The copy a paced push sends to phones, which sends only views whose <see cref="OnlyCountsChangedSince"/>
    /// holds for the last one it sent whole: what only the facilitator changes can be left out and named in
    /// <see cref="LeftOut"/>, since every phone got it whole when it last changed or when it connected.
    /// In a room of thousands each paced push goes to every phone; a kind with a large fixed part (a
    /// catalogue with descriptions) would otherwise send it to all of them twice a second. This view, by default.
    /// </summary>
    public virtual ActivityView Paced() => this;

    /// <summary>The audience's copy while results are shown: leave out what only the facilitator may see.</summary>
    protected virtual ActivityView Shared() => this;

    /// <summary>The audience's copy while results are hidden: what the room works on, none of its results.</summary>
    protected abstract ActivityView WhileHidden();

    /// <summary>Whether everything the facilitator sets up or steers is the same as in <paramref name="earlier"/> (same type).</summary>
    protected abstract bool SameApartFromInput(ActivityView earlier);
}
