using System.Net;
using System.Text.Json;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Operations;

public sealed class HealthTests
{
    [Fact]
    public async Task Ready_follows_storage_while_live_only_says_the_process_serves()
    {
        await using var azurite = await Azurite.StartNewAsync();
        await using var app = LiveApp.Start(LiveAppSettings.Isolated(azurite));
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };

        var ready = await ReadyAsync(http);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Checks["storage"]);
        Assert.Equal("Healthy", ready.Checks["cluster"]);

        await azurite.KillAsync();
        var down = await Eventually.ReturnsAsync(() => ReadyAsync(http), r => r.Status == HttpStatusCode.ServiceUnavailable, "ready to report storage down");
        Assert.Equal("Unhealthy", down.Checks["storage"]);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);

        await azurite.StartAsync();
        await Eventually.ReturnsAsync(() => ReadyAsync(http), r => r.Status == HttpStatusCode.OK, "ready again once storage is back");
    }

    private sealed record Readiness(HttpStatusCode Status, Dictionary<string, string> Checks);

    private static async Task<Readiness> ReadyAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/health/ready");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks").EnumerateObject()
            .ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString()!);
        return new Readiness(response.StatusCode, checks);
    }
}
