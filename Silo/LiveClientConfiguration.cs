using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace AntiLeadership.Live.Silo;

/// <summary>Configures a web node that joins an existing cluster as a client instead of hosting grains.</summary>
public static class LiveClientConfiguration
{
    public static IClientBuilder AddAntiLeadershipClient(this IClientBuilder client, IConfiguration configuration)
    {
        var options = configuration.ReadClusterOptions();
        client.Configure<ClusterOptions>(options.ApplyTo);

        if (options.Clustering == ClusteringModes.AzureStorage)
        {
            client.UseAzureStorageClustering(gateways => gateways.TableServiceClient = StorageClients.Tables(options.ConnectionString));
        }
        else
        {
            client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
        }

        client.AddDashboard();
        return client;
    }
}
