using System.Text.Json;
using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>
/// Writes a <see cref="StoredBallot"/> in the same JSON as System.Text.Json would, but only once per
/// change: an unchanged ballot is copied from the bytes its last write made. An activity stores all its
/// ballots on every write, many times a second in a burst, so serialising them again was a tenth of the
/// server's work. Reading is plain System.Text.Json.
/// </summary>
public sealed class StoredBallotJson : JsonConverter<StoredBallot>
{
    public override StoredBallot Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var fields = JsonSerializer.Deserialize<Fields>(ref reader, options) ?? new Fields();
        return new StoredBallot { Dots = fields.Dots ?? [], Revision = fields.Revision, RecentSubmissionIds = fields.RecentSubmissionIds ?? [] };
    }

    public override void Write(Utf8JsonWriter writer, StoredBallot ballot, JsonSerializerOptions options)
    {
        var json = ballot.StoredJson;
        if (json is null)
        {
            json = JsonSerializer.SerializeToUtf8Bytes(new Fields { Dots = ballot.Dots, Revision = ballot.Revision, RecentSubmissionIds = ballot.RecentSubmissionIds }, options);
            ballot.StoredJson = json;
        }

        writer.WriteRawValue(json, skipInputValidation: true);
    }

    /// <summary>The stored shape, member for member (names included) as the ballot had it before this converter.</summary>
    private sealed class Fields
    {
        public Dictionary<string, int>? Dots { get; set; }
        public long Revision { get; set; }
        public List<string>? RecentSubmissionIds { get; set; }
    }
}
