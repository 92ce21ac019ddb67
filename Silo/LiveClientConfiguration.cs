using AntiLeadership.Live.Silo.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace AntiLeadership.Live.Silo;

/// <summary>Configures a web node that joins an existing cluster as a client instead of hosting grains.</summary>
public static class LiveClientConfiguration
{
    public static IClientBuilder AddAntiLeadershipClient(this IClientBuilder client, IConfiguration configuration)
    {
        var options = configuration.ReadClusterOptions();
        options.Validate();
        client.Configure<ClusterOptions>(options.ApplyTo);

        switch (options.Clustering)
        {
            case ClusteringModes.AzureStorage:
                client.UseAzureStorageClustering(gateways => gateways.TableServiceClient = StorageClients.Tables(options.ConnectionString));
                break;
            case ClusteringModes.PostgreSql:
                // The gateway list is read with a query the schema holds: make sure it is there even
                // when this client starts before any silo has created it.
                client.Services.AddSingleton<ILifecycleParticipant<IClusterClientLifecycle>>(provider => DatabaseSchemaUpgrade.Create(provider, options.Database));
                client.UseAdoNetClustering(gateways =>
                {
                    gateways.Invariant = LiveSiloConfiguration.PostgreSqlInvariant;
                    gateways.ConnectionString = options.Database;
                });
                break;
            default:
                client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
                break;
        }

        if (options.Dashboard)
        {
            client.AddDashboard();
        }

        return client;
    }
}
