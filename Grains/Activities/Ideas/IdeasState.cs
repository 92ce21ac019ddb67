using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities.Ideas;

namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>
/// An ideas activity as stored: its setup, the phase it is in once revealed, the page every screen shows,
/// the groups, what was kept for the plan, and each participant's entries and dots. Plain JSON, new
/// members optional. [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage
/// deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class IdeasState : ActivityState<StoredIdeas>
{
    [Id(0)]
    public string Prompt { get; set; } = "";
    [Id(1)]
    public int MaxEntriesPerPerson { get; set; }
    [Id(2)]
    public int MaxEntryLength { get; set; }
    [Id(3)]
    public bool ScreenBeforeReveal { get; set; }
    [Id(4)]
    public bool PhonesMayGroup { get; set; }
    [Id(5)]
    public int DotsPerPerson { get; set; }
    [Id(6)]
    public int MaxDotsPerItem { get; set; }
    /// <summary>The phase once revealed (before the reveal the room is writing, whatever this says).</summary>
    [Id(7)]
    public IdeasPhase Phase { get; set; } = IdeasPhase.Grouping;
    /// <summary>The page of items every screen shows, from 1.</summary>
    [Id(8)]
    public int Page { get; set; } = 1;
    [Id(9)]
    public int LastGroupNumber { get; set; }
    /// <summary>Counts every change to the groups, so screens can tell their picture of them apart.</summary>
    [Id(10)]
    public long GroupingVersion { get; set; }
    [Id(11)]
    public Dictionary<string, StoredGroup> Groups { get; set; } = [];
    [Id(12)]
    public List<StoredKept> Kept { get; set; } = [];
    /// <summary>The session's team, learned from the session the first time something is kept.</summary>
    [Id(13)]
    public string? TeamId { get; set; }
    [Id(14)]
    public Dictionary<string, StoredIdeas> People { get; set; } = [];

    // The same entries as the kind's own member: stored once, under that name.
    [JsonIgnore]
    public override Dictionary<string, StoredIdeas> Entries => People;

    /// <summary>Where the room is: writing until the reveal, then the stored phase.</summary>
    [JsonIgnore]
    public IdeasPhase CurrentPhase => Revealed ? Phase : IdeasPhase.Writing;
}
