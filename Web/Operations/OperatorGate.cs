using System.Net;
using System.Security.Cryptography;
using System.Text;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Operations;

/// <summary>
/// Keeps the operator pages (metrics, the Orleans dashboard) away from participants and the board:
/// only the configured operator key opens them, or, when none is configured, only this machine.
/// Participant, facilitator and board credentials never do.
/// </summary>
public static class OperatorGate
{
    public static readonly string[] Paths = ["/metrics", "/dashboard"];

    public static IApplicationBuilder UseOperatorGate(this IApplicationBuilder app) =>
        app.UseWhen(
            context => Paths.Any(p => context.Request.Path.StartsWithSegments(p)),
            branch => branch.Use(async (context, next) =>
            {
                var key = context.RequestServices.GetRequiredService<IOptions<LiveOptions>>().Value.OperatorKey;
                if (IsOperator(context, key))
                {
                    await next();
                    return;
                }

                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OperatorGate))
                    .LogWarning("Refused operator page {Path} to {Address}", context.Request.Path, context.Connection.RemoteIpAddress);
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"AntiLeadership Live operators\"";
            }));

    private static bool IsOperator(HttpContext context, string key)
    {
        if (key.Length == 0)
        {
            return context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
        }

        var header = context.Request.Headers.Authorization.ToString();
        var offered = header switch
        {
            _ when header.StartsWith("Bearer ", StringComparison.Ordinal) => header["Bearer ".Length..].Trim(),
            _ when header.StartsWith("Basic ", StringComparison.Ordinal) => BasicPassword(header["Basic ".Length..].Trim()),
            _ => "",
        };
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(offered), Encoding.UTF8.GetBytes(key));
    }

    private static string BasicPassword(string encoded)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            return decoded[(decoded.IndexOf(':') + 1)..];
        }
        catch (FormatException)
        {
            return "";
        }
    }
}
