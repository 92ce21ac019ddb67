using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>
/// The framework's authorization, plus a security event when a hub call is refused: SignalR refuses
/// those before any hub filter runs, so this is the one place that sees them. A singleton: it and the
/// framework's service keep nothing between calls, and SignalR resolves it on every hub call.
/// </summary>
public sealed class AuditedAuthorization(DefaultAuthorizationService inner, ILogger<AuditedAuthorization> logger) : IAuthorizationService
{
    public async Task<AuthorizationResult> AuthorizeAsync(ClaimsPrincipal user, object? resource, IEnumerable<IAuthorizationRequirement> requirements)
    {
        // SignalR asks on every hub call, with the requirements of the method's policy.
        var connection = (resource as HubInvocationContext)?.Context;
        if (connection is not null && ConnectionGrants.AllMet(connection, requirements))
        {
            return AuthorizationResult.Success();
        }

        var result = await inner.AuthorizeAsync(user, resource, requirements);
        Audit(user, resource, result);
        if (connection is not null && result.Succeeded)
        {
            ConnectionGrants.Met(connection, requirements);
        }

        return result;
    }

    public async Task<AuthorizationResult> AuthorizeAsync(ClaimsPrincipal user, object? resource, string policyName)
    {
        var result = await inner.AuthorizeAsync(user, resource, policyName);
        Audit(user, resource, result);
        return result;
    }

    private void Audit(ClaimsPrincipal user, object? resource, AuthorizationResult result)
    {
        if (!result.Succeeded && resource is HubInvocationContext invocation)
        {
            SecurityLog.NotAllowed(logger, user.Describe(), user.TeamId(), $"call hub method {invocation.HubMethodName}");
        }
    }
}
