using AntiLeadership.Live.Web.Credentials;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Hosting;

/// <summary>
/// Refuses a browser's WebSocket (and any hub request) that a page of another site opened: browsers
/// always send Origin on those, and only our own pages, or the configured origins, may connect.
/// Requests without Origin are not from a browser page (the .NET client, the benchmark) and carry
/// their credential explicitly, so nothing rides along on them.
/// </summary>
public static class OriginCheck
{
    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/hubs")
            && context.Request.Headers.Origin is { Count: > 0 } origin
            && !IsAllowed(origin.ToString(), context))
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OriginCheck));
            SecurityLog.OriginRefused(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await next();
    });

    private static bool IsAllowed(string origin, HttpContext context)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var allowed = context.RequestServices.GetRequiredService<IOptionsMonitor<LiveOptions>>().CurrentValue.AllowedOrigins;
        if (allowed.Any(a => Uri.TryCreate(a, UriKind.Absolute, out var listed) && SameOrigin(listed, uri)))
        {
            return true;
        }

        // Same origin: the page came from the very host (and port) the browser is now talking to.
        return string.Equals(uri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Scheme, context.Request.Scheme, StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
