using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace AntiLeadership.Live.Silo;

/// <summary>
/// Stores grain state as plain JSON (System.Text.Json): about a fifth of the CPU of Orleans' default
/// Newtonsoft serializer, which writes .NET type names and reference ids into every object, and which
/// was the largest single cost of storing an activity of a thousand ballots many times a second. Blobs
/// written by that default before (they start with <c>{"$id":"1","$type":</c>) are still read by it, and
/// written in the new form the next time their grain stores.
/// </summary>
public sealed class GrainStateJson(IGrainStorageSerializer earlier) : IGrainStorageSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Computed members (IsSetUp, DotsPlaced…) are not state.
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
        // Stored, never put in a page: letters outside ASCII are written as they are, not as six-byte
        // escapes (a room writing in French, Japanese or with emoji would otherwise store up to 3× more).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T Deserialize<T>(BinaryData input) =>
        WrittenByNewtonsoft(input.ToMemory().Span)
            ? earlier.Deserialize<T>(input)!
            : JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)!;

    private static bool WrittenByNewtonsoft(ReadOnlySpan<byte> json)
    {
        var head = json[..Math.Min(json.Length, 32)];
        return head.StartsWith("{\"$id\":"u8) || head.StartsWith("{\"$type\":"u8);
    }
}
