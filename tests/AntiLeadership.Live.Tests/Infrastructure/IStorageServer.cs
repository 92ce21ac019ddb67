using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>A storage server a test runs itself (PostgreSQL, or Azurite for Azure Storage) and can stop, kill and start again.</summary>
public interface IStorageServer : IAsyncDisposable
{
    /// <summary>Where a node of a fresh service keeps its grains on this server.</summary>
    ClusterStorage NewStorage();

    /// <summary>Stops the server the way its own clean shutdown does: everything it acknowledged is kept.</summary>
    Task StopAsync();

    /// <summary>Ends the server at once, as a crash would.</summary>
    Task KillAsync();

    /// <summary>Starts the server again on the same data and ports.</summary>
    Task StartAsync();

    /// <summary>Starts a fresh server of the kind a <see cref="StorageModes"/> name stands for.</summary>
    static async Task<IStorageServer> StartNewAsync(string storage) => storage switch
    {
        StorageModes.PostgreSql => await Postgres.StartNewAsync(),
        StorageModes.AzureStorage => await Azurite.StartNewAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(storage), storage, "A storage server is PostgreSql or AzureStorage."),
    };
}
