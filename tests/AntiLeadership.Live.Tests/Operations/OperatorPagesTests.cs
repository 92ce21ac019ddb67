using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AntiLeadership.Live.Tests.Operations;

/// <summary>Metrics and the Orleans dashboard are for operators: the operator key opens them, no workshop credential does.</summary>
public sealed class OperatorPagesTests
{
    private const string OperatorKey = "operator-key-for-tests-0123456789";

    [Fact]
    public async Task Only_the_operator_key_opens_metrics_and_the_dashboard()
    {
        await using var app = LiveApp.Start(LiveAppSettings.Isolated() with { OperatorKey = OperatorKey });
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
        var workshop = await Workshop.StartAsync(http);
        var ana = await Workshop.JoinAsync(http, workshop.JoinCode, "Ana");
        await using var console = await LiveClient.ConnectAsync(app.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        await using var phone = await LiveClient.ConnectAsync(app.BaseAddress, ana.SessionId, ana.Credential);
        var activityId = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", ["Say it", "Learn"], 2, 1, false));
        await console.SteerAsync(activityId, ActivityCommands.Open);
        await phone.CastDotsAsync(activityId, "a-1", new Dictionary<string, int> { ["s1"] = 1 });

        foreach (var path in new[] { "/metrics", "/dashboard/" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(http, path, null)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(http, path, new("Bearer", ana.Credential))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(http, path, new("Bearer", workshop.FacilitatorKey))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, path, new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"ops:{OperatorKey}"))))).StatusCode);
        }

        var metrics = await GetAsync(http, "/metrics", new("Bearer", OperatorKey));
        var text = await metrics.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("live_votes_stored", text);
        Assert.Contains("live_storage_write_duration", text);
        Assert.Contains("live_connections", text);
        Assert.Contains(app.Services.GetServices<IIncomingGrainCallFilter>(), f => f.GetType().Assembly == typeof(Orleans.Dashboard.DashboardOptions).Assembly);
    }

    [Fact]
    public async Task An_operator_who_turns_the_dashboard_off_gets_no_dashboard_and_no_call_profiler_but_keeps_the_metrics()
    {
        await using var app = LiveApp.Start(LiveAppSettings.Isolated() with
        {
            OperatorKey = OperatorKey,
            More = new Dictionary<string, string> { ["Cluster:Dashboard"] = "false" },
        });
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = Eventually.DefaultTimeout };
        var asOperator = new AuthenticationHeaderValue("Bearer", OperatorKey);

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(http, "/dashboard/", asOperator)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/metrics", asOperator)).StatusCode);
        // The profiler times grain calls through an incoming call filter: none of the dashboard's is there.
        Assert.DoesNotContain(app.Services.GetServices<IIncomingGrainCallFilter>(), f => f.GetType().Assembly == typeof(Orleans.Dashboard.DashboardOptions).Assembly);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient http, string path, AuthenticationHeaderValue? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = authorization } };
        return http.SendAsync(request);
    }
}
