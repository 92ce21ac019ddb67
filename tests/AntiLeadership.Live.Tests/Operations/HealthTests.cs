using System.Net;
using System.Text.Json;
using AntiLeadership.Live.Silo;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Operations;

public sealed class HealthTests
{
    [Theory]
    [InlineData(StorageModes.PostgreSql)]
    [InlineData(StorageModes.AzureStorage)]
    public async Task Ready_follows_storage_while_live_only_says_the_process_serves(string storage)
    {
        await using var server = await IStorageServer.StartNewAsync(storage);
        await using var app = LiveApp.Start(LiveAppSettings.Isolated(server));
        await ReadyFollowsStorageAsync(app, server.KillAsync, server.StartAsync);
    }

    private static async Task ReadyFollowsStorageAsync(LiveApp app, Func<Task> kill, Func<Task> start)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };

        var ready = await ReadyAsync(http);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Checks["storage"]);
        Assert.Equal("Healthy", ready.Checks["cluster"]);

        await kill();
        var down = await Eventually.ReturnsAsync(() => ReadyAsync(http), r => r.Status == HttpStatusCode.ServiceUnavailable, "ready to report storage down");
        Assert.Equal("Unhealthy", down.Checks["storage"]);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);

        await start();
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
