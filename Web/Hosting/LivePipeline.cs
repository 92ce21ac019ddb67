using System.Text.RegularExpressions;
using AntiLeadership.Live.Web.Api;
using AntiLeadership.Live.Web.Health;
using AntiLeadership.Live.Web.Operations;
using AntiLeadership.Live.Web.TeamHome;
using AntiLeadership.Live.Web.Workshop;
using AntiLeadership.Live.Web.Templates;
using Microsoft.AspNetCore.Http.Connections;

namespace AntiLeadership.Live.Web.Hosting;

public static partial class LivePipeline
{

    public static WebApplication UseLiveWorkshop(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            // The Orleans dashboard (operators only, behind the operator gate) brings its own page.
            if (!context.Request.Path.StartsWithSegments("/dashboard"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request);
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
        app.UseExceptionHandler(errors => errors.Run(ApiUnavailableAsync));
        app.UseStaticFiles();
        app.UseHubOriginCheck();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapLiveHealthChecks();
        app.MapOperatorEndpoints();
        app.MapWorkshopApi();
        var team = app.MapTeamGroup();
        team.MapTeamKeysApi();
        team.MapTeamMembersApi();
        team.MapTeamRotaApi();
        team.MapTemplatesApi();
        team.MapReportsApi();
        team.MapRetentionApi();
        var home = app.MapTeamHomeGroup();
        home.MapPlanApi();
        app.MapRecoveryApi(team);
        home.MapResultsOverTimeApi();
        app.MapJoinApi();
        app.MapSessionsApi();
        app.MapResultsApi();
        app.MapSessionReportApi();
        app.MapCardImagesApi();

        // Anyone may open the connection (the board has no credential); who may call what is declared
        // on each hub method, and OnConnectedAsync checks the credential against the session.
        // WebSockets only: no long-polling fallback, so a cluster needs no sticky sessions.
        app.MapHub<WorkshopHub>("/hubs/workshop", hub => hub.Transports = HttpTransportType.WebSockets).AllowAnonymous();
        app.MapHub<TeamHub>("/hubs/team", hub => hub.Transports = HttpTransportType.WebSockets);

        // The three surfaces are static pages; the path carries the session or join code for their
        // script, and the secrets they need never travel in it.
        app.MapFallbackToFile("/facilitator/{sessionId}", "facilitator.html").AllowAnonymous();
        app.MapFallbackToFile("/join/{code?}", "participant.html").AllowAnonymous();
        app.MapFallbackToFile("/board/{sessionId}", "board.html").AllowAnonymous();
        app.MapFallbackToFile("/team/{teamId}", "team.html").AllowAnonymous();
        app.MapFallbackToFile("/report/{sessionId}", "report.html").AllowAnonymous();
        app.MapFallbackToFile("/team/{teamId}/report", "report.html").AllowAnonymous();
        app.MapFallbackToFile("/", "index.html").AllowAnonymous();
        return app;
    }

    /// <summary>
    /// No inline script or style anywhere: an injected &lt;script&gt; in a name or statement cannot run.
    /// Sockets only to the host the page came from, named because older phone browsers do not count
    /// ws: as 'self'; a host header that is anything but a host name or address gets 'self' alone.
    /// </summary>
    private static string ContentSecurityPolicy(HttpRequest request)
    {
        var host = request.Host.Value ?? "";
        var sockets = HostPattern().IsMatch(host) ? $" ws://{host} wss://{host}" : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
            $"connect-src 'self'{sockets}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")]
    private static partial Regex HostPattern();

    /// <summary>
    /// An API call that failed on the server (storage down, a timeout) still answers in the one shape
    /// every page shows: a sentence in <c>error</c>. Details stay in the server log.
    /// </summary>
    private static Task ApiUnavailableAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return context.Response.WriteAsJsonAsync(new ApiError(HubErrorFilter.Unavailable));
    }
}
