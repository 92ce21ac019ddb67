using System.Text.Json;
using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities.Grid;

namespace AntiLeadership.Live.Grains.Activities.Grid;

/// <summary>
/// Writes <see cref="StoredPlacements"/> in the same JSON as System.Text.Json would, but only once per
/// change, as <c>StoredBallotJson</c> does for a dot vote's ballots: an activity stores everyone's
/// placements on every write, many times a second in a burst, and most of them are unchanged.
/// Reading is plain System.Text.Json.
/// </summary>
public sealed class StoredPlacementsJson : JsonConverter<StoredPlacements>
{
    public override StoredPlacements Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var fields = JsonSerializer.Deserialize<Fields>(ref reader, options) ?? new Fields();
        return new StoredPlacements { Placements = fields.Placements ?? [], Revision = fields.Revision, RecentSubmissionIds = fields.RecentSubmissionIds ?? [] };
    }

    public override void Write(Utf8JsonWriter writer, StoredPlacements entry, JsonSerializerOptions options)
    {
        var json = entry.StoredJson;
        if (json is null)
        {
            json = JsonSerializer.SerializeToUtf8Bytes(new Fields { Placements = entry.Placements, Revision = entry.Revision, RecentSubmissionIds = entry.RecentSubmissionIds }, options);
            entry.StoredJson = json;
        }

        writer.WriteRawValue(json, skipInputValidation: true);
    }

    /// <summary>The stored shape, member for member (names included) as System.Text.Json writes the entry itself.</summary>
    private sealed class Fields
    {
        public Dictionary<string, GridPlacement>? Placements { get; set; }
        public long Revision { get; set; }
        public List<string>? RecentSubmissionIds { get; set; }
    }
}
