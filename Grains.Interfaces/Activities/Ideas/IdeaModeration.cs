namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>What the facilitator did with an entry. Stored and sent by name, never by number.</summary>
[GenerateSerializer]
public enum IdeaModeration
{
    None = 0,

    /// <summary>Off every screen but its author's, until the facilitator brings it back.</summary>
    SetAside = 1,

    /// <summary>Off every screen but its author's, for good.</summary>
    Removed = 2,
}
