using System.Net;
using System.Security.Cryptography;
using System.Text;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Operations;

/// <summary>
/// Keeps the operator pages (metrics, the Orleans dashboard) away from participants and the board:
/// only the configured operator key opens them, or, when none is configured, only this machine.
/// Participant, facilitator and board credentials never do. Used as the requirement of the operator
/// policy, so those endpoints declare it like every other endpoint declares its own.
/// </summary>
public sealed class OperatorGate(IOptionsMonitor<LiveOptions> options) : AuthorizationHandler<OperatorGate.Requirement>
{
    public static readonly string[] Paths = ["/metrics", "/dashboard"];

    public sealed class Requirement : IAuthorizationRequirement;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
    {
        // A workshop credential (participant, facilitator) is never an operator's, wherever it comes from.
        if (context.Resource is HttpContext http && http.User.Identity?.IsAuthenticated != true && IsOperator(http, options.CurrentValue.OperatorKey))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static bool IsOperator(HttpContext context, string key)
    {
        if (key.Length == 0)
        {
            // A request a proxy forwarded arrives from loopback too, but on behalf of whoever sent it.
            var forwarded = context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Request.Headers.ContainsKey("Forwarded");
            return !forwarded && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
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
