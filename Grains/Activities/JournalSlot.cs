namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// One slot of an activity's journal (see <see cref="ActivityJournal{TEntry}"/>): the entries one write
/// changed, with the activity's version after it. Stored as plain JSON, entries in the same form as in the
/// activity's own state. [GenerateSerializer] also puts the type on Orleans' allow-list.
/// </summary>
[GenerateSerializer]
public sealed class JournalSlot<TEntry>
    where TEntry : StoredContribution
{
    /// <summary>Which write this is: one above the write before it, so a slot left from an earlier round is told apart.</summary>
    [Id(0)]
    public long Sequence { get; set; }

    [Id(1)]
    public long Version { get; set; }

    /// <summary>The entries this write changed, whole, by participant id.</summary>
    [Id(2)]
    public Dictionary<string, TEntry> Entries { get; set; } = [];
}
