using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AntiLeadership.Live.Web.Health;

/// <summary>Ready only when this node can reach a cluster with at least one active silo.</summary>
public sealed class ClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(Limit, cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s).")
                : HealthCheckResult.Unhealthy("No active silo in the cluster.");
        }
        catch (Exception failure)
        {
            return HealthCheckResult.Unhealthy("The cluster does not answer.", failure);
        }
    }
}
