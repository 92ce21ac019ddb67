using System.Net;
using System.Text.Json;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>What every page may load and where it may connect, and how the live channel may be reached.</summary>
public sealed class ContentPolicyTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task Pages_allow_no_inline_script_and_sockets_only_to_the_host_they_came_from()
    {
        using var page = await fixture.Http.GetAsync("/", TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout);

        var host = fixture.App.BaseAddress.Authority;
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains($"connect-src 'self' ws://{host} wss://{host};", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
    }

    [Fact]
    public async Task The_live_channel_offers_websockets_and_nothing_that_would_need_sticky_sessions()
    {
        using var negotiate = await fixture.Http.PostAsync("/hubs/workshop/negotiate?negotiateVersion=1", content: null, TestContext.Current.CancellationToken)
            .WaitAsync(Eventually.DefaultTimeout);

        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        using var answer = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var transports = answer.RootElement.GetProperty("availableTransports").EnumerateArray().Select(t => t.GetProperty("transport").GetString());
        Assert.Equal(["WebSockets"], transports);
    }
}
