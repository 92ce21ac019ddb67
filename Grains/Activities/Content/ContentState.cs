using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.Content;

/// <summary>
/// A card as stored (plain JSON, see <see cref="ActivityState{TEntry}"/>): its text and image. It has no
/// participants' entries to store, since nobody can send it anything.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class ContentState : ActivityState<StoredContent>
{
    [Id(0)]
    public string Markdown { get; set; } = "";
    [Id(1)]
    public string? ImageId { get; set; }
    [Id(2)]
    public string? ImageAlt { get; set; }

    // Always empty: input is refused before anything would be added here, so nothing is stored of it.
    [NonSerialized]
    private readonly Dictionary<string, StoredContent> _entries = [];

    [JsonIgnore]
    public override Dictionary<string, StoredContent> Entries => _entries;
}
