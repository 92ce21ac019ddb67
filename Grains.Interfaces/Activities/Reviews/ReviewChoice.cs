using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>A participant's "now what" for a commitment. Sent and stored by name, never by number; the order is from "carry on" to "stop".</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<ReviewChoice>))]
public enum ReviewChoice
{
    [JsonStringEnumMemberName("keep")]
    Keep = 0,

    [JsonStringEnumMemberName("adapt")]
    Adapt = 1,

    [JsonStringEnumMemberName("drop")]
    Drop = 2,
}
