using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Telemetry;
using OpenTelemetry.Metrics;
using Orleans.Dashboard;

namespace AntiLeadership.Live.Web.Operations;

/// <summary>Metrics in Prometheus format at /metrics and the Orleans dashboard at /dashboard, both under the operator policy (<see cref="OperatorGate"/>).</summary>
public static class OperatorEndpoints
{
    public static IServiceCollection AddOperatorTelemetry(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(LiveMetrics.MeterName, "Microsoft.Orleans")
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        return services;
    }

    public static void MapOperatorEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(LivePolicies.Operator);
        var cluster = app.ServiceProvider.GetRequiredService<IConfiguration>().GetSection(Silo.LiveClusterOptions.SectionName);
        if (cluster.GetValue(nameof(Silo.LiveClusterOptions.Dashboard), true))
        {
            app.MapOrleansDashboard(routePrefix: "/dashboard").RequireAuthorization(LivePolicies.Operator);
        }
    }
}
