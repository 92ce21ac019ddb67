using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// A guided structure as stored: which structure and question, the step on now with its end time (so a
/// restart resumes at the same step with the same time left), the seed its groups are drawn from, the
/// groups of every step so far, and each participant's entries and marks. Plain JSON, new members optional.
/// </summary>
[GenerateSerializer]
public sealed class StructureState : ActivityState<StoredStructurePart>
{
    [Id(0)]
    public string Structure { get; set; } = "";
    [Id(1)]
    public string Prompt { get; set; } = "";
    /// <summary>-1 before the start; the number of steps once finished.</summary>
    [Id(2)]
    public int StepIndex { get; set; } = -1;
    [Id(3)]
    public DateTimeOffset? StepEndsAt { get; set; }
    [Id(4)]
    public int Seed { get; set; }
    [Id(5)]
    public List<StoredHuddle> Huddles { get; set; } = [];
    [Id(6)]
    public Dictionary<string, StoredStructurePart> People { get; set; } = [];
    /// <summary>Entries kept for the team's plan (on the team's shortlist, which holds their text).</summary>
    [Id(7)]
    public List<string> Kept { get; set; } = [];
    /// <summary>The session's team, learned from the session the first time something is kept.</summary>
    [Id(8)]
    public string? TeamId { get; set; }

    // The same entries as the kind's own member: stored once, under that name.
    [JsonIgnore]
    public override Dictionary<string, StoredStructurePart> Entries => People;
}
