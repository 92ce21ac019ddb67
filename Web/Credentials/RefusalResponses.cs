using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>
/// A refused HTTP request answers in the same shape as every other refusal, a sentence in
/// <c>error</c>, instead of an empty 401/403, and is logged as a security event.
/// </summary>
public sealed class RefusalResponses(ILogger<RefusalResponses> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded || context.Request.Path.StartsWithSegments("/hubs"))
        {
            // Hub requests: SignalR answers the negotiation and invocations itself.
            await _default.HandleAsync(next, context, policy, result);
            return;
        }

        if (CredentialAuthenticationHandler.CouldNotCheck(context))
        {
            // Not a refusal: the credential could not be checked just now (logged where that happened).
            await context.ChallengeAsync(CredentialAuthenticationHandler.SchemeName);
            return;
        }

        var who = context.User.Describe();
        var what = $"{context.Request.Method} {context.GetEndpoint()?.DisplayName ?? "an endpoint"}";
        SecurityLog.NotAllowed(logger, who, context.User.TeamId(), what);
        if (Operations.OperatorGate.Paths.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            // Operator pages ask for the operator key the way browsers understand: a Basic prompt.
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"AntiLeadership Live operators\"";
            return;
        }

        if (result.Challenged)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new ApiError("This link is not valid (any more). Ask the facilitator for a new one."));
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.Response.WriteAsJsonAsync(new ApiError(
            context.User.IsFacilitator() ? "Only the lead facilitator can do this." : "Only a facilitator can do this."));
    }
}
