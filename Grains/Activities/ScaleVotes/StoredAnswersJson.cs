using System.Text.Json;
using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.ScaleVotes;

/// <summary>
/// Writes <see cref="StoredAnswers"/> in the same JSON as System.Text.Json would, but only once per
/// change: unchanged answers are copied from the bytes their last write made (as the dot vote's ballots
/// are, see StoredBallotJson). An activity stores every participant's answers on every write, many times
/// a second in a burst. Reading is plain System.Text.Json.
/// </summary>
public sealed class StoredAnswersJson : JsonConverter<StoredAnswers>
{
    public override StoredAnswers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var fields = JsonSerializer.Deserialize<Fields>(ref reader, options) ?? new Fields();
        return new StoredAnswers { Answers = fields.Answers ?? [], Revision = fields.Revision, RecentSubmissionIds = fields.RecentSubmissionIds ?? [] };
    }

    public override void Write(Utf8JsonWriter writer, StoredAnswers stored, JsonSerializerOptions options)
    {
        var json = stored.StoredJson;
        if (json is null)
        {
            json = JsonSerializer.SerializeToUtf8Bytes(new Fields { Answers = stored.Answers, Revision = stored.Revision, RecentSubmissionIds = stored.RecentSubmissionIds }, options);
            stored.StoredJson = json;
        }

        writer.WriteRawValue(json, skipInputValidation: true);
    }

    /// <summary>The stored shape, member for member as plain System.Text.Json writes the class.</summary>
    private sealed class Fields
    {
        public Dictionary<string, int>? Answers { get; set; }
        public long Revision { get; set; }
        public List<string>? RecentSubmissionIds { get; set; }
    }
}
