namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// Marks a member of an activity's state that its grain recounts from the participants' entries whenever it
/// loads (a counter of ids handed out in entries, say). Such a member may change with a participant's input and
/// still let that write go to the journal (<see cref="SharedStateJson"/> leaves it out), because the entries the
/// journal stores are enough to recount it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RecountedFromEntriesAttribute : Attribute;
