namespace AntiLeadership.Live.Activities;

/// <summary>
/// The versioned snapshot of one activity. Each kind of activity derives its own view; browsers pick
/// the renderer by <see cref="Kind"/> and ignore any snapshot whose version is not newer than theirs.
/// </summary>
[GenerateSerializer, Immutable]
public abstract record ActivityView(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string SessionId,
    [property: Id(2)] long Version)
{
    public abstract string Kind { get; }

    /// <summary>What the board and the phones may see (for example, no tally while results are hidden).</summary>
    public abstract ActivityView ForAudience();

    /// <summary>
    /// True when this view differs from <paramref name="earlier"/> of the same activity only in what
    /// participants' own input changes (votes coming in), not in anything the facilitator did. Phones take
    /// such changes at a steady rhythm; anything else reaches them at once.
    /// </summary>
    public virtual bool OnlyCountsChangedSince(ActivityView earlier) => false;
}
