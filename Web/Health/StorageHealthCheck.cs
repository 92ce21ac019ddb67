using AntiLeadership.Live.Silo;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AntiLeadership.Live.Web.Health;

/// <summary>Ready only while grain storage answers: without it no vote can be acknowledged.</summary>
public sealed class StorageHealthCheck(IConfiguration configuration) : IHealthCheck
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var options = configuration.ReadClusterOptions();
        if (options.Storage == StorageModes.Memory)
        {
            return HealthCheckResult.Healthy("Grain state is in memory (configured).");
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Limit);
            var blobs = StorageClients.Blobs(options.ConnectionString);
            await foreach (var _ in blobs.GetBlobContainersAsync(cancellationToken: timeout.Token).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return HealthCheckResult.Healthy("Azure Storage answers.");
        }
        catch (Exception failure)
        {
            return HealthCheckResult.Unhealthy("Azure Storage does not answer.", failure);
        }
    }
}
