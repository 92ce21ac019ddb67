using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Templates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>Starting (or going on) from a template: its activities added to this session's agenda, in order.</summary>
public sealed partial class WorkshopHub
{
    /// <summary>
    /// Adds every activity of a template (built in, or the team's own) to the agenda, in order, each
    /// through <see cref="ISessionGrain.AddActivity"/> under an id made from <paramref name="requestId"/>
    /// and its place: repeating the request (a lost answer, a failed write) adds nothing twice and the
    /// rest once. A template that would not fit the agenda is refused whole. Answers the activities' ids.
    /// </summary>
    [Authorize(Policy = LivePolicies.Facilitator)]
    public async Task<IReadOnlyList<string>> AddTemplate(string requestId, string templateId, [FromServices] BuiltInTemplates builtIn)
    {
        if (!RequestIdPattern().IsMatch(requestId ?? ""))
        {
            throw new HubException("This request is missing its id. Reload the page and try again.");
        }

        var (name, items) = builtIn.Find(templateId) is { } shipped
            ? (shipped.Name, shipped.Items)
            : await TeamTemplateAsync(templateId);

        // Every setup is read before anything is added: one that no longer fits refuses the whole template.
        var setups = items.Select(TemplateSetups.Read).ToArray();
        var session = grains.GetGrain<ISessionGrain>(SessionId);
        var before = await session.GetView();
        var ids = items.Select((_, index) => $"{SessionId}-{requestId}-{index + 1}").ToArray();
        var toAdd = ids.Count(id => !before.Activities.Any(a => a.ActivityId == id));
        if (before.Activities.Count + toAdd > SessionRules.MaxActivities)
        {
            var room = SessionRules.MaxActivities - before.Activities.Count;
            throw new HubException($"“{name}” has {items.Count} activities and this agenda has room for {(room <= 0 ? "none" : room)} more (a session holds at most {SessionRules.MaxActivities}). Remove some first, or add activities one by one.");
        }

        for (var i = 0; i < ids.Length; i++)
        {
            var outcome = await session.AddActivity(ids[i], setups[i]);
            if (!outcome.Succeeded)
            {
                throw new HubException(i == 0 ? outcome.Rejection : $"{outcome.Rejection} The first {i} of “{name}” are on the agenda: try again to add the rest.");
            }
        }

        if (before.CurrentActivityId is null)
        {
            // As after adding a first activity by hand: the first of the template goes on every screen.
            Ensure(await session.ShowActivity(ids[0]));
        }

        return ids;
    }

    private async Task<(string Name, IReadOnlyList<TemplateItem> Items)> TeamTemplateAsync(string? templateId)
    {
        var templates = await grains.GetGrain<ITeamTemplatesGrain>(Context.User!.TeamId()!).GetTemplates();
        return templates.FirstOrDefault(t => t.TemplateId == templateId) is { } own
            ? (own.Name, own.Items)
            : throw new HubException("This template is not there any more: look at the list of templates again.");
    }
}
