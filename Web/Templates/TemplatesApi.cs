using System.Text.RegularExpressions;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Web.Templates;

/// <summary>
/// The team's shelf of templates: list (built-in and the team's own), save a session's agenda as one,
/// delete one. Adding a template to a session is a hub command (<c>AddTemplate</c>), like adding an
/// activity. HTTP because the shelf is the team's, not one session's.
/// </summary>
public static partial class TemplatesApi
{
    /// <summary>Maps under the team's group (<see cref="TeamApi.MapTeamGroup"/>), which admits the team's own facilitators only.</summary>
    public static void MapTemplatesApi(this RouteGroupBuilder team)
    {
        var templates = team.MapGroup("/templates");
        templates.MapGet("/", List);
        templates.MapPost("/", Save);
        templates.MapDelete("/{templateId}", Delete);
    }

    private static async Task<IResult> List(string teamId, IGrainFactory grains, BuiltInTemplates builtIn)
    {
        var own = await grains.GetGrain<ITeamTemplatesGrain>(teamId).GetTemplates();
        return TypedResults.Ok(new TemplateShelf(
            builtIn.All.Select(t => new TemplateListing(t.Id, t.Name, true, t.Description, Steps(t.Items), null, null)).ToArray(),
            own.Select(Listing).ToArray(),
            TemplateRules.MaxTemplatesPerTeam));
    }

    private static async Task<IResult> Save(string teamId, TemplateSaveRequest request, HttpContext http, IGrainFactory grains)
    {
        if (await TeamApi.FindSessionOfTeamAsync(grains, teamId, request.SessionId) is not { } sessionId)
        {
            return ApiError.BadRequest("Open the console of one of this team's sessions first.");
        }

        if (TemplateRules.Name(request.Name).Problem is { } problem)
        {
            return ApiError.BadRequest(problem);
        }

        var agenda = await grains.GetGrain<ISessionGrain>(sessionId).GetAgendaSetups();
        var items = agenda.Select(TemplateSetups.FromAgenda).OfType<TemplateItem>().ToArray();
        if (items.Length == 0)
        {
            return ApiError.BadRequest(agenda.Count == 0
                ? "The agenda is empty: add activities before saving it as a template."
                : "None of these activities can be kept in a template: they were added before templates could keep them.");
        }

        var saving = await grains.GetGrain<ITeamTemplatesGrain>(teamId).Save(request.Name!, items, request.Replace, http.User.Identity?.Name ?? "");
        if (saving.NameTaken)
        {
            return TypedResults.Conflict(new TemplateNameTaken(saving.Rejection!));
        }

        return saving.Template is { } saved
            ? TypedResults.Ok(new TemplateSaved(Listing(saved), agenda.Count - items.Length))
            : ApiError.BadRequest(saving.Rejection!);
    }

    private static async Task<IResult> Delete(string teamId, string templateId, IGrainFactory grains)
    {
        if (!TeamTemplateId().IsMatch(templateId))
        {
            return ApiError.NotFound("There is no such template of this team.");
        }

        var outcome = await grains.GetGrain<ITeamTemplatesGrain>(teamId).Delete(templateId);
        return outcome.Succeeded ? TypedResults.NoContent() : ApiError.BadRequest(outcome.Rejection!);
    }

    private static TemplateListing Listing(TeamTemplate t) => new(t.TemplateId, t.Name, false, null, Steps(t.Items), t.SavedAt, t.SavedBy);

    private static TemplateStep[] Steps(IEnumerable<TemplateItem> items) => items.Select(i => new TemplateStep(i.Kind, i.Title)).ToArray();

    [GeneratedRegex("^[a-f0-9]{32}$")]
    private static partial Regex TeamTemplateId();
}
