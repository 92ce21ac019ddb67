namespace AntiLeadership.Live.Activities;

/// <summary>Where an activity is in its life. Stored by name, so the numbers may change but the names may not.</summary>
[GenerateSerializer]
public enum ActivityStatus
{
    /// <summary>Set up, not yet open: people can read what it is about, nobody can take part yet.</summary>
    NotOpened = 0,
    Open = 1,
    Closed = 2,
}
