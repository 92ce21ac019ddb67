namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// Azurite reached through passages the test can cut: blobs (grain state) and tables (membership)
/// go away and come back together, as a storage account does when the network to it fails.
/// </summary>
public sealed class CuttableStorage : IAsyncDisposable
{
    private readonly TcpPassage _blobs;
    private readonly TcpPassage _tables;

    public CuttableStorage(Azurite azurite)
    {
        _blobs = new TcpPassage(azurite.BlobPort);
        _tables = new TcpPassage(azurite.TablePort);
        ConnectionString = azurite.ConnectionStringVia(_blobs.Port, _tables.Port);
    }

    /// <summary>The connection string that goes through the passages.</summary>
    public string ConnectionString { get; }

    public void Cut()
    {
        _blobs.Cut();
        _tables.Cut();
    }

    public void Restore()
    {
        _blobs.Restore();
        _tables.Restore();
    }

    public async ValueTask DisposeAsync()
    {
        await _blobs.DisposeAsync();
        await _tables.DisposeAsync();
    }
}
