using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// What every kind stores the same way. Stored as plain JSON: mutable members, new members optional so
/// older states still load. Each kind derives its state and declares its participants' entries under a
/// name of its own (culture priorities' "Ballots" predates this class), exposed here as <see cref="Entries"/>.
/// </summary>
[GenerateSerializer]
public abstract class ActivityState<TEntry> : IHoldsEntries
    where TEntry : StoredContribution
{
    [Id(0)]
    public string SessionId { get; set; } = "";
    [Id(1)]
    public string Title { get; set; } = "";
    [Id(2)]
    public ActivityStatus Status { get; set; }
    [Id(3)]
    public bool HideResultsUntilRevealed { get; set; }
    [Id(4)]
    public bool Revealed { get; set; }
    [Id(5)]
    public long Version { get; set; }
    /// <summary>When the activity closes by itself. Stored as an end time, so it survives any restart.</summary>
    [Id(6)]
    public DateTimeOffset? ClosesAt { get; set; }
    /// <summary>True unless the facilitator chose otherwise; states from before this setting load as anonymous.</summary>
    [Id(7)]
    public bool Anonymous { get; set; } = true;
    /// <summary>
    /// The last journal write this state includes (see <see cref="ActivityJournal{TEntry}"/>); slots after it
    /// are applied on loading. States from before the journal load as 0, and no slot follows them.
    /// </summary>
    [Id(8)]
    public long JournalSequence { get; set; }

    /// <summary>Each participant's entry, by participant id.</summary>
    // The same entries as the kind's own member: stored once, under that name.
    [JsonIgnore]
    public abstract Dictionary<string, TEntry> Entries { get; }

    public bool IsSetUp => SessionId.Length > 0;

    object IHoldsEntries.Entries => Entries;
}
