using AntiLeadership.Live.Grains;
using AntiLeadership.Live.Grains.Activities.Intake;
using AntiLeadership.Live.Silo.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace AntiLeadership.Live.Silo;

/// <summary>The one place a silo is configured, shared by the grain-only host and the co-hosting web node.</summary>
public static class LiveSiloConfiguration
{
    /// <summary>The ADO.NET invariant name under which Orleans finds Npgsql.</summary>
    public const string PostgreSqlInvariant = "Npgsql";

    public static LiveClusterOptions ReadClusterOptions(this IConfiguration configuration)
    {
        var options = new LiveClusterOptions();
        configuration.GetSection(LiveClusterOptions.SectionName).Bind(options);
        if (configuration.GetConnectionString("AzureStorage") is { Length: > 0 } connectionString)
        {
            options.ConnectionString = connectionString;
        }

        if (configuration.GetConnectionString("Database") is { Length: > 0 } database)
        {
            options.Database = database;
        }

        options.Database = DatabaseConnection.FailFast(options.Database);
        return options;
    }

    public static ISiloBuilder AddAntiLeadershipSilo(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = configuration.ReadClusterOptions();
        options.Validate();
        silo.Configure<ClusterOptions>(options.ApplyTo);
        silo.Services.AddOptions<IntakeOptions>().Bind(configuration.GetSection(IntakeOptions.SectionName));
        if (options.UsesDatabase)
        {
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(provider => DatabaseSchemaUpgrade.Create(provider, options.Database));
        }

        switch (options.Clustering)
        {
            case ClusteringModes.AzureStorage:
                silo.UseAzureStorageClustering(membership => membership.TableServiceClient = StorageClients.Tables(options.ConnectionString));
                ConfigureSharedMembership(silo, options);
                break;
            case ClusteringModes.PostgreSql:
                silo.UseAdoNetClustering(membership =>
                {
                    membership.Invariant = PostgreSqlInvariant;
                    membership.ConnectionString = options.Database;
                });
                ConfigureSharedMembership(silo, options);
                break;
            default:
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
                break;
        }

        AddGrainStorage(silo, options);
        silo.Configure<GrainCollectionOptions>(collection =>
        {
            // After a day of many rooms the node goes back to what it used before (issue 16 §1): a room's
            // grains leave memory once it has been quiet this long, checked a quarter as often.
            collection.CollectionAge = options.IdleDeactivation;
            collection.CollectionQuantum = options.IdleDeactivation / 4;
        });
        // Operators only: the web node maps it behind the operator gate (see OperatorGate).
        if (options.Dashboard)
        {
            silo.AddDashboard();
        }

        return silo;
    }

    private static void ConfigureSharedMembership(ISiloBuilder silo, LiveClusterOptions options)
    {
        silo.Configure<ClusterMembershipOptions>(membership =>
        {
            // After a power cut takes every node down, nobody is left to vote the old nodes dead:
            // a new node only ignores entries whose "I am alive" is stale. Refreshing it every 10 s
            // (instead of every 5 min) lets a restarted cluster come up in about half a minute.
            membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
            membership.NumMissedTableIAmAliveLimit = 3;
            // A crashed node is declared dead after NumMissedProbesLimit (3) probes in a row go unanswered;
            // until then every call to its grains fails and the rooms it served wait (docs/decisions.md,
            // "Failure detection").
            membership.ProbeTimeout = options.ProbeTimeout;
            // A node that is itself starved (a full CPU, a long GC pause) waits longer for answers before it
            // suspects others, so a busy machine does not declare a healthy peer dead.
            membership.ExtendProbeTimeoutDuringDegradation = true;
        });
        silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
    }

    private static void AddGrainStorage(ISiloBuilder silo, LiveClusterOptions options)
    {
        silo.Services.AddGrainStateJson();
        // Activities read the time through it, so tests can move the clock instead of waiting.
        silo.Services.TryAddSingleton(TimeProvider.System);
        switch (options.Storage)
        {
            case StorageModes.Memory:
                foreach (var name in StorageNames.All)
                {
                    silo.AddMemoryGrainStorage(name);
                }

                break;
            case StorageModes.PostgreSql:
                // One table for every grain (see Database/001-grain-state.sql); the service id in each
                // row keeps deployments that share a database apart.
                foreach (var name in StorageNames.All)
                {
                    silo.AddAdoNetGrainStorage(name, storage =>
                    {
                        storage.Invariant = PostgreSqlInvariant;
                        storage.ConnectionString = options.Database;
                    });
                }

                break;
            default:
                // Blobs for every grain: a team or session of thousands of people, or an activity's
                // ballots, can outgrow an Azure Table entity (1 MiB). Container names carry the service
                // id so several deployments can share an account.
                var prefix = new string(options.ServiceId.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
                foreach (var name in StorageNames.All)
                {
                    silo.AddAzureBlobGrainStorage(name, blob =>
                    {
                        blob.BlobServiceClient = StorageClients.Blobs(options.ConnectionString);
                        blob.ContainerName = $"{prefix}-{name}";
                        // Deleting a session or a team (IForgettable) must leave no blob behind, not an empty one.
                        blob.DeleteStateOnClear = true;
                    });
                }

                break;
        }
    }
}
