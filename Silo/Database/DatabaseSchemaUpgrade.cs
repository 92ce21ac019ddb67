using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AntiLeadership.Live.Silo.Database;

/// <summary>
/// Upgrades the schema before anything of Orleans' reads its queries from the database: the first stage
/// of a silo's (or a client's) start. A database that is not up yet (a cluster whose nodes start
/// together with it, a laptop that is still booting) is waited for, with a sentence in the log, rather
/// than failing the node at once.
/// </summary>
public sealed class DatabaseSchemaUpgrade(string connectionString, ILogger<DatabaseSchemaUpgrade> logger)
    : ILifecycleParticipant<ISiloLifecycle>, ILifecycleParticipant<IClusterClientLifecycle>
{
    private static readonly TimeSpan WaitAtMost = TimeSpan.FromMinutes(2);

    public static DatabaseSchemaUpgrade Create(IServiceProvider services, string connectionString) =>
        ActivatorUtilities.CreateInstance<DatabaseSchemaUpgrade>(services, connectionString);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DatabaseSchemaUpgrade), ServiceLifecycleStage.First, UpgradeAsync);

    public void Participate(IClusterClientLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DatabaseSchemaUpgrade), ServiceLifecycleStage.First, UpgradeAsync);

    private async Task UpgradeAsync(CancellationToken cancellation)
    {
        var giveUpAt = DateTime.UtcNow + WaitAtMost;
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await DatabaseSchema.UpgradeAsync(connectionString, logger, cancellation);
                return;
            }
            catch (Exception failure) when (IsUnreachable(failure) && DateTime.UtcNow < giveUpAt && !cancellation.IsCancellationRequested)
            {
                logger.LogWarning("Waiting for the database ({Host}): {Reason}", Describe(connectionString), failure.Message);
                await Task.Delay(delay, cancellation);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
        }
    }

    /// <summary>Errors that waiting can cure: no connection yet, or a server still starting or recovering.</summary>
    private static bool IsUnreachable(Exception failure) =>
        failure is NpgsqlException { IsTransient: true }
        || failure is PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow };

    /// <summary>Where the database is, without the password.</summary>
    private static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
