namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// Where the room is in an ideas activity, in order. Writing lasts until the reveal (the platform's
/// <see cref="ActivityCommands.Reveal"/>); the facilitator moves on with <see cref="IdeasCommands.Phase"/>.
/// Stored and sent by name, never by number.
/// </summary>
[GenerateSerializer]
public enum IdeasPhase
{
    /// <summary>Everyone writes in private; no entry text reaches anyone else.</summary>
    Writing = 0,

    /// <summary>Entries are revealed; the facilitator (and, when allowed, the phones) group them.</summary>
    Grouping = 1,

    /// <summary>Dots go on entries and groups; the groups stay as they are.</summary>
    Voting = 2,

    /// <summary>Voting is over: the ranking is shown and the facilitator keeps the top ones for the plan.</summary>
    Shortlist = 3,
}
