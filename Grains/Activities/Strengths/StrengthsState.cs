using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities.Strengths;

namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>
/// A strengths map as stored: its catalogue (the built-in one with what the facilitator added), and each
/// participant's entry. Plain JSON, new members optional. [GenerateSerializer] also puts the type on
/// Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class StrengthsState : ActivityState<StoredStrengths>
{
    [Id(0)]
    public List<StrengthDomain> Domains { get; set; } = [];
    [Id(1)]
    public List<Strength> Strengths { get; set; } = [];
    /// <summary>The setup's own additions, as normalised lines, so a repeated setup is recognised.</summary>
    [Id(2)]
    public List<string> SetUpWith { get; set; } = [];
    [Id(3)]
    public Dictionary<string, StoredStrengths> People { get; set; } = [];
    /// <summary>The number in the last example id handed out ("e7"): recounted from the entries on loading.</summary>
    [Id(4)]
    [RecountedFromEntries]
    public int LastExampleNumber { get; set; }
    [Id(5)]
    public int AddedStrengths { get; set; }
    [Id(6)]
    public int AddedDomains { get; set; }

    // The same entries as the kind's own member: stored once, under that name.
    [JsonIgnore]
    public override Dictionary<string, StoredStrengths> Entries => People;
}
