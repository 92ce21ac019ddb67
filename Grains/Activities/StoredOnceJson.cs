using System.Text.Json;
using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// Writes a stored contribution in the JSON System.Text.Json would, but only once per change: an
/// unchanged one is copied from the bytes its last write made. An activity stores all its participants'
/// parts on every write, many times a second in a burst, and serialising them all again measured a tenth
/// of the server's work in a room of a thousand. Reading is plain System.Text.Json. A kind names its
/// stored members in <typeparamref name="TFields"/> and says how they map.
/// </summary>
public abstract class StoredOnceJson<TStored, TFields> : JsonConverter<TStored>
    where TStored : StoredOnceContribution
    where TFields : StoredFields, new()
{
    public override TStored Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var fields = JsonSerializer.Deserialize<TFields>(ref reader, options) ?? new TFields();
        var stored = FromFields(fields);
        stored.Revision = fields.Revision;
        stored.RecentSubmissionIds = fields.RecentSubmissionIds ?? [];
        return stored;
    }

    public override void Write(Utf8JsonWriter writer, TStored value, JsonSerializerOptions options)
    {
        var json = value.StoredJson;
        if (json is null)
        {
            var fields = ToFields(value);
            fields.Revision = value.Revision;
            fields.RecentSubmissionIds = value.RecentSubmissionIds;
            json = JsonSerializer.SerializeToUtf8Bytes(fields, options);
            value.StoredJson = json;
        }

        writer.WriteRawValue(json, skipInputValidation: true);
    }

    /// <summary>The kind's own members, read back (revision and submissions are set by the base).</summary>
    protected abstract TStored FromFields(TFields fields);

    /// <summary>The kind's own members, to write (revision and submissions are added by the base).</summary>
    protected abstract TFields ToFields(TStored value);
}
