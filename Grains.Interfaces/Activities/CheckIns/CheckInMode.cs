using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>What a check-in asks for. Stored and sent by name ("word", "scale"), never by number.</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<CheckInMode>))]
public enum CheckInMode
{
    /// <summary>One word or a short phrase.</summary>
    [JsonStringEnumMemberName("word")]
    Word = 0,

    /// <summary>A number from 1 to 5, with an optional word.</summary>
    [JsonStringEnumMemberName("scale")]
    Scale = 1,
}
