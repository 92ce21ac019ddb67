using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>What the team decided for a commitment, and so its status in the plan: keep and adapt (trying), drop (dropped), done (done).</summary>
[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<ReviewDecision>))]
public enum ReviewDecision
{
    [JsonStringEnumMemberName("keep")]
    Keep = 0,

    [JsonStringEnumMemberName("adapt")]
    Adapt = 1,

    [JsonStringEnumMemberName("drop")]
    Drop = 2,

    [JsonStringEnumMemberName("done")]
    Done = 3,
}
