using System.Net;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Operations;

/// <summary>
/// Without an operator key, the operator pages open only to this machine. A reverse proxy on the same
/// machine also connects from loopback, on behalf of anyone: what it forwards is not this machine.
/// </summary>
public sealed class OperatorLoopbackTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Without_an_operator_key_metrics_open_to_this_machine_but_not_to_requests_a_proxy_forwarded()
    {
        using var local = await fixture.Http.GetAsync("/metrics", TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout);
        using var viaProxy = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        viaProxy.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var forwarded = await fixture.Http.SendAsync(viaProxy, TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout);

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forwarded.StatusCode);
    }
}
