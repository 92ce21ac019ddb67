using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities.CheckIns;

namespace AntiLeadership.Live.Grains.Activities.CheckIns;

/// <summary>
/// Stored as plain JSON (see <see cref="ActivityState{TEntry}"/>). <see cref="HiddenWords"/> holds the
/// keys (<see cref="CheckInRules.Key"/>) of the words the facilitator hid, so a word hidden once stays
/// hidden whoever types it later.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class CheckInState : ActivityState<StoredCheckIn>
{
    [Id(0)]
    public string Prompt { get; set; } = "";
    [Id(1)]
    public CheckInMode Mode { get; set; }
    [Id(2)]
    public List<string> HiddenWords { get; set; } = [];
    [Id(3)]
    public Dictionary<string, StoredCheckIn> Answers { get; set; } = [];

    // The same dictionary as Answers: without this System.Text.Json writes every answer twice (an
    // overriding getter is not skipped as read-only).
    [JsonIgnore]
    public override Dictionary<string, StoredCheckIn> Entries => Answers;
}
