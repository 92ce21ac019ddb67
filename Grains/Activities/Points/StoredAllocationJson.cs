using System.Text.Json;
using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.Points;

/// <summary>
/// Writes a <see cref="StoredAllocation"/> in the JSON System.Text.Json would, but only once per change:
/// an unchanged allocation is copied from the bytes its last write made (the dot vote's
/// <c>StoredBallotJson</c> measured serialising every ballot again at a tenth of the server's work in a
/// room of a thousand). Reading is plain System.Text.Json.
/// </summary>
public sealed class StoredAllocationJson : JsonConverter<StoredAllocation>
{
    public override StoredAllocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var fields = JsonSerializer.Deserialize<Fields>(ref reader, options) ?? new Fields();
        return new StoredAllocation { Points = fields.Points ?? [], Revision = fields.Revision, RecentSubmissionIds = fields.RecentSubmissionIds ?? [] };
    }

    public override void Write(Utf8JsonWriter writer, StoredAllocation allocation, JsonSerializerOptions options)
    {
        var json = allocation.StoredJson;
        if (json is null)
        {
            json = JsonSerializer.SerializeToUtf8Bytes(new Fields { Points = allocation.Points, Revision = allocation.Revision, RecentSubmissionIds = allocation.RecentSubmissionIds }, options);
            allocation.StoredJson = json;
        }

        writer.WriteRawValue(json, skipInputValidation: true);
    }

    /// <summary>The stored shape, member for member.</summary>
    private sealed class Fields
    {
        public Dictionary<string, int>? Points { get; set; }
        public long Revision { get; set; }
        public List<string>? RecentSubmissionIds { get; set; }
    }
}
