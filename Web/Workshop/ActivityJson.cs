using System.Text.Json;
using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// Reads a kind's setup or input from the JSON a browser sent, strictly: a member the kind does not
/// have, a missing required one, a null where none may be or a number sent as text is refused with a
/// message for the screen, before anything reaches a grain.
/// </summary>
public static class ActivityJson
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        MaxDepth = 8,
    };

    public static ActivityKind Kind(string? name) =>
        ActivityCatalog.Find(name) ?? throw new HubException("There is no such kind of activity.");

    public static ActivitySetup Setup(ActivityKind kind, JsonElement json) =>
        Read<ActivitySetup>(json, kind.SetupType, "These activity settings are not in the shape this kind of activity takes. Reload the page and try again.");

    /// <summary>
    /// Why <paramref name="json"/> is not a setup of <paramref name="kind"/>, in the serializer's own
    /// words (for whoever wrote a template file, not for a facilitator's screen), or null when it is one.
    /// </summary>
    public static string? SetupProblem(ActivityKind kind, JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return "The setup is not a JSON object.";
        }

        try
        {
            return json.Deserialize(kind.SetupType, Strict) is ActivitySetup ? null : "The setup reads as nothing.";
        }
        catch (Exception problem) when (problem is JsonException or ArgumentException)
        {
            return problem.Message;
        }
    }

    public static ActivityInput Input(ActivityKind kind, JsonElement json) =>
        Read<ActivityInput>(json, kind.InputType, "This input does not fit this activity. Reload the page and try again.");

    private static T Read<T>(JsonElement json, Type type, string problem)
        where T : class
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new HubException(problem);
        }

        try
        {
            return json.Deserialize(type, Strict) as T ?? throw new HubException(problem);
        }
        catch (JsonException)
        {
            throw new HubException(problem);
        }
        catch (ArgumentException)
        {
            // A null inside a collection, say, that a record's constructor refuses.
            throw new HubException(problem);
        }
    }
}
