using System.Text.Json;
using System.Text.Json.Nodes;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Web.Workshop;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Templates;

/// <summary>
/// A template's activities go in and out through the same strict reading as a console's
/// <c>AddActivity</c>: a setup saved months ago that its kind no longer takes is refused in words, never
/// half-read.
/// </summary>
public static class TemplateSetups
{
    /// <summary>The setup of one activity of a template, or a <see cref="HubException"/> naming the one that no longer fits.</summary>
    public static ActivitySetup Read(TemplateItem item)
    {
        var doesNotFit = $"“{item.Title}” in this template no longer fits its kind of activity: add it by hand instead, then save the template again.";
        if (ActivityCatalog.Find(item.Kind) is not { } kind)
        {
            throw new HubException(doesNotFit);
        }

        try
        {
            using var json = JsonDocument.Parse(item.SetupJson);
            return ActivityJson.SetupProblem(kind, json.RootElement) is null ? ActivityJson.Setup(kind, json.RootElement) : throw new HubException(doesNotFit);
        }
        catch (JsonException)
        {
            throw new HubException(doesNotFit);
        }
    }

    /// <summary>
    /// An agenda item as a template keeps it (its setup as a console sends it), or null for one that
    /// cannot be kept: added before setups were kept, or of a kind this build does not run.
    /// </summary>
    public static TemplateItem? FromAgenda(AgendaItemSetup item)
    {
        if (item.SetupJson is null || ActivityCatalog.Find(item.Kind) is not { } kind)
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(item.SetupJson) is not JsonObject setup)
            {
                return null;
            }

            // The session keeps the setup record whole, with its computed kind; a console never sends that.
            setup.Remove("kind");
            var text = setup.ToJsonString();
            using var json = JsonDocument.Parse(text);
            return ActivityJson.SetupProblem(kind, json.RootElement) is null ? new TemplateItem(kind.Name, item.Title, text) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
