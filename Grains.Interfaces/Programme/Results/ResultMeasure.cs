using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Programme.Results;

/// <summary>What a series group's numbers measure. Stored and sent by name, never by number.</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<ResultMeasure>))]
public enum ResultMeasure
{
    /// <summary>Agreement with a statement: average and spread on 0–1 (the same for every way of voting), and its distribution.</summary>
    [JsonStringEnumMemberName("agreement")]
    Agreement = 0,

    /// <summary>A 1–5 check-in: average on 1–5, spread on 0–1, and its distribution.</summary>
    [JsonStringEnumMemberName("scale")]
    Scale = 1,

    /// <summary>How many people were seen with something (a strength).</summary>
    [JsonStringEnumMemberName("count")]
    Count = 2,
}
