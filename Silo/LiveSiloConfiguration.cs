using AntiLeadership.Live.Grains;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace AntiLeadership.Live.Silo;

/// <summary>The one place a silo is configured, shared by the grain-only host and the co-hosting web node.</summary>
public static class LiveSiloConfiguration
{
    public static LiveClusterOptions ReadClusterOptions(this IConfiguration configuration)
    {
        var options = new LiveClusterOptions();
        configuration.GetSection(LiveClusterOptions.SectionName).Bind(options);
        if (configuration.GetConnectionString("AzureStorage") is { Length: > 0 } connectionString)
        {
            options.ConnectionString = connectionString;
        }

        return options;
    }

    public static ISiloBuilder AddAntiLeadershipSilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = configuration.ReadClusterOptions();
        silo.Configure<ClusterOptions>(options.ApplyTo);

        if (options.Clustering == ClusteringModes.AzureStorage)
        {
            silo.UseAzureStorageClustering(membership => membership.TableServiceClient = StorageClients.Tables(options.ConnectionString));
            silo.Configure<ClusterMembershipOptions>(membership =>
            {
                // After a power cut takes every node down, nobody is left to vote the old nodes dead:
                // a new node only ignores entries whose "I am alive" is stale. Refreshing it every 10 s
                // (instead of every 5 min) lets a restarted cluster come up in about half a minute.
                membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
                membership.NumMissedTableIAmAliveLimit = 3;
            });
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        }
        else if (options.Clustering == ClusteringModes.Localhost)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }
        else
        {
            throw new InvalidOperationException($"Unknown Cluster:Clustering '{options.Clustering}'. Use Localhost or AzureStorage.");
        }

        AddGrainStorage(silo, options);
        // Operators only: the web node maps it behind the operator gate (see OperatorGate).
        silo.AddDashboard();
        return silo;
    }

    private static void AddGrainStorage(ISiloBuilder silo, LiveClusterOptions options)
    {
        silo.Services.AddGrainStateJson();
        if (options.Storage == StorageModes.Memory)
        {
            foreach (var name in StorageNames.All)
            {
                silo.AddMemoryGrainStorage(name);
            }

            return;
        }

        if (options.Storage != StorageModes.AzureStorage)
        {
            throw new InvalidOperationException($"Unknown Cluster:Storage '{options.Storage}'. Use AzureStorage or Memory.");
        }

        // Blobs for every grain: a team or session of thousands of people, or an activity's ballots,
        // can outgrow an Azure Table entity (1 MiB). Container names carry the service id so several
        // deployments can share an account.
        var prefix = new string(options.ServiceId.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        foreach (var name in StorageNames.All)
        {
            silo.AddAzureBlobGrainStorage(name, blob =>
            {
                blob.BlobServiceClient = StorageClients.Blobs(options.ConnectionString);
                blob.ContainerName = $"{prefix}-{name}";
            });
        }
    }
}
