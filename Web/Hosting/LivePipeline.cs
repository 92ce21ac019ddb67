using AntiLeadership.Live.Web.Api;
using AntiLeadership.Live.Web.Health;
using AntiLeadership.Live.Web.Operations;
using AntiLeadership.Live.Web.Workshop;

namespace AntiLeadership.Live.Web.Hosting;

public static class LivePipeline
{
    // No inline script or style anywhere: an injected <script> in a name or statement cannot run.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static WebApplication UseLiveWorkshop(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            // The Orleans dashboard (operators only, behind the operator gate) brings its own page.
            if (!context.Request.Path.StartsWithSegments("/dashboard"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
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
        app.MapTeamKeysApi();
        app.MapTeamMembersApi();
        app.MapJoinApi();
        app.MapSessionsApi();

        // Anyone may open the connection (the board has no credential); who may call what is declared
        // on each hub method, and OnConnectedAsync checks the credential against the session.
        app.MapHub<WorkshopHub>("/hubs/workshop").AllowAnonymous();

        // The three surfaces are static pages; the path carries the session or join code for their
        // script, and the secrets they need never travel in it.
        app.MapFallbackToFile("/facilitator/{sessionId}", "facilitator.html").AllowAnonymous();
        app.MapFallbackToFile("/join/{code?}", "participant.html").AllowAnonymous();
        app.MapFallbackToFile("/board/{sessionId}", "board.html").AllowAnonymous();
        app.MapFallbackToFile("/", "index.html").AllowAnonymous();
        return app;
    }

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
