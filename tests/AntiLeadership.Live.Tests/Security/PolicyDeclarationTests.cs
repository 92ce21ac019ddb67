using System.Reflection;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Workshop;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>
/// Who may call what is declared, never assumed: these fail as soon as a hub method or an endpoint is
/// added without saying who may use it.
/// </summary>
public sealed class PolicyDeclarationTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public void Every_hub_method_declares_who_may_call_it()
    {
        var methods = typeof(WorkshopHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name != nameof(Hub.OnDisconnectedAsync))
            .ToList();

        var undeclared = methods.Where(m => !Declares(m.GetCustomAttributes(inherit: true))).Select(m => m.Name).ToList();

        Assert.Contains(methods, m => m.Name == "Submit");
        Assert.Empty(undeclared);
    }

    [Fact]
    public void Every_endpoint_declares_who_may_call_it()
    {
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var undeclared = endpoints
            .Where(e => !Declares(e.Metadata))
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName ?? "?")
            .ToList();

        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/teams/{teamId}/keys/");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText?.StartsWith("/dashboard", StringComparison.Ordinal) == true);
        Assert.Empty(undeclared);
    }

    [Fact]
    public void Operator_pages_require_the_operator_policy()
    {
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } path && (path.StartsWith("/metrics", StringComparison.Ordinal) || path.StartsWith("/dashboard", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, e =>
        {
            Assert.Null(e.Metadata.GetMetadata<IAllowAnonymous>());
            Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == Web.Credentials.LivePolicies.Operator);
        });
    }

    /// <summary>Either "anyone" said out loud, or a named policy; a bare [Authorize] does not count.</summary>
    private static bool Declares(IEnumerable<object> metadata)
    {
        var list = metadata.ToList();
        return list.OfType<IAllowAnonymous>().Any() || list.OfType<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy));
    }
}
