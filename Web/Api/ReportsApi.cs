using System.Text;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Reports;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Reports and exports, at any time (not only once a session has ended): the printable report pages'
/// data, the team's results of every session as one CSV, and the living plan as Markdown. For the
/// team's own facilitators; what anonymous activities give is what the session download gives.
/// </summary>
public static class ReportsApi
{
    /// <summary>Maps under the team's group (<see cref="TeamApi.MapTeamGroup"/>), which admits the team's own facilitators only.</summary>
    public static void MapReportsApi(this RouteGroupBuilder team)
    {
        team.MapGet("/report.json", Programme);
        team.MapGet("/results.csv", ProgrammeResults);
        team.MapGet("/plan.md", Plan);
    }

    /// <summary>One session's report data, for a facilitator of the session's team.</summary>
    public static void MapSessionReportApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/sessions/{sessionId}/report.json", Session).RequireAuthorization(LivePolicies.Facilitator);

    private static async Task<IResult> Programme(string teamId, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        NotKept(http);
        return TypedResults.Json(await ProgrammeReader.ReadAsync(grains, teamId, time.GetUtcNow()));
    }

    private static async Task<IResult> ProgrammeResults(string teamId, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var report = await ProgrammeReader.ReadAsync(grains, teamId, time.GetUtcNow());
        Attachment(http, $"programme-results-{report.ExportedAt:yyyy-MM-dd}.csv");
        return TypedResults.Text(ProgrammeCsv.Write(report), "text/csv", Encoding.UTF8);
    }

    private static async Task<IResult> Plan(string teamId, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var team = await grains.GetGrain<ITeamGrain>(teamId).GetView();
        var plan = await ProgrammeReader.ReadPlanAsync(grains, teamId);
        Attachment(http, $"living-plan-{now:yyyy-MM-dd}.md");
        return TypedResults.Text(PlanMarkdown.Write(team.Name, plan, now), "text/markdown", Encoding.UTF8);
    }

    private static async Task<IResult> Session(string sessionId, HttpContext http, IGrainFactory grains, SessionIdGuard guard, TimeProvider time)
    {
        var (session, refused) = await OwnSession.FindAsync(sessionId, http, guard, "report on");
        if (session is null)
        {
            return refused!;
        }

        NotKept(http);
        return TypedResults.Json(await ProgrammeReader.ReadSessionAsync(grains, session, time.GetUtcNow()));
    }

    private static void Attachment(HttpContext http, string fileName)
    {
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        NotKept(http);
    }

    // Results and plans name people in named activities: no cache along the way keeps a copy.
    private static void NotKept(HttpContext http) => http.Response.Headers.CacheControl = "no-store";
}
