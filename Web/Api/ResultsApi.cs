using System.Text;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Results;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// A session's results for its own team's facilitators, as JSON (everything the export may hold) or
/// CSV (the rankings). Anonymous votes give aggregates only, in both.
/// </summary>
public static class ResultsApi
{
    public static void MapResultsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sessions/{sessionId}/results.{format}", Download).RequireAuthorization(LivePolicies.Facilitator);
    }

    private static async Task<IResult> Download(string sessionId, string format, HttpContext http, IGrainFactory grains, SessionIdGuard guard, TimeProvider time)
    {
        if (format is not ("json" or "csv"))
        {
            return ApiError.NotFound("Results come as .json or .csv.");
        }

        var (results, refused) = await ReadAsync(sessionId, http, grains, guard, time);
        if (results is null)
        {
            return refused!;
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"results-{results.ExportedAt:yyyy-MM-dd}.{format}\"";
        http.Response.Headers.CacheControl = "no-store";
        return format == "csv" ? TypedResults.Text(ResultsCsv.Write(results), "text/csv", Encoding.UTF8) : TypedResults.Json(results);
    }

    private static async Task<(ResultsExport? Results, IResult? Refused)> ReadAsync(string sessionId, HttpContext http, IGrainFactory grains, SessionIdGuard guard, TimeProvider time)
    {
        var (session, refused) = await OwnSession.FindAsync(sessionId, http, guard, "export");
        return session is null ? (null, refused) : (await ResultsReader.ReadAsync(grains, session, time.GetUtcNow()), null);
    }
}
