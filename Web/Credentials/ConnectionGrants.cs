using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>
/// The requirements a connection's credential has met, kept with the connection. A requirement on roles,
/// claims or a signed-in user depends on nothing but the credential, and a connection's credential is fixed
/// when it connects (a revoked one is closed by <see cref="Workshop.ConnectionGuard"/> before its next call
/// runs), so once met it is met for every later call: a phone voting a hundred times is checked once, not
/// a hundred times. Only successes are kept; a refusal is evaluated, and audited, every time. Requirements
/// that ask anything else (the session, for a handed role) are never kept.
/// </summary>
internal static class ConnectionGrants
{
    // An object, not a string: looked up on every call, and a string key is hashed character by character.
    private static readonly object Key = new();

    public static bool AllMet(HubCallerContext connection, IEnumerable<IAuthorizationRequirement> requirements)
    {
        if (!connection.Items.TryGetValue(Key, out var value) || value is not HashSet<IAuthorizationRequirement> met)
        {
            return false;
        }

        var any = false;
        foreach (var requirement in requirements)
        {
            if (!met.Contains(requirement))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>Keeps the requirements of a call that was allowed, when all of them depend on the credential alone.</summary>
    public static void Met(HubCallerContext connection, IEnumerable<IAuthorizationRequirement> requirements)
    {
        if (!requirements.All(OnCredentialAlone))
        {
            return;
        }

        if (!connection.Items.TryGetValue(Key, out var value) || value is not HashSet<IAuthorizationRequirement> met)
        {
            // Requirements come from the policies registered at start-up: the same instances on every call.
            connection.Items[Key] = met = new HashSet<IAuthorizationRequirement>(ReferenceEqualityComparer.Instance);
        }

        met.UnionWith(requirements);
    }

    private static bool OnCredentialAlone(IAuthorizationRequirement requirement) =>
        requirement is RolesAuthorizationRequirement or ClaimsAuthorizationRequirement or DenyAnonymousAuthorizationRequirement or NameAuthorizationRequirement;
}
