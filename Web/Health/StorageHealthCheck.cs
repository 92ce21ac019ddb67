using AntiLeadership.Live.Silo;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace AntiLeadership.Live.Web.Health;

/// <summary>Ready only while grain storage answers: without it no vote can be acknowledged.</summary>
public sealed class StorageHealthCheck(IConfiguration configuration) : IHealthCheck
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var options = configuration.ReadClusterOptions();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        return options.Storage switch
        {
            StorageModes.Memory => HealthCheckResult.Healthy("Grain state is in memory (configured)."),
            StorageModes.PostgreSql => await CheckDatabaseAsync(options.Database, timeout.Token),
            _ => await CheckAzureStorageAsync(options.ConnectionString, timeout.Token),
        };
    }

    private static async Task<HealthCheckResult> CheckDatabaseAsync(string connectionString, CancellationToken cancellation)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellation);
            await using var command = new NpgsqlCommand("SELECT 1 FROM grain_state LIMIT 1", connection);
            await command.ExecuteScalarAsync(cancellation);
            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (Exception failure)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", failure);
        }
    }

    private static async Task<HealthCheckResult> CheckAzureStorageAsync(string connectionString, CancellationToken cancellation)
    {
        try
        {
            var blobs = StorageClients.Blobs(connectionString);
            await foreach (var _ in blobs.GetBlobContainersAsync(cancellationToken: cancellation).AsPages(pageSizeHint: 1))
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
