namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server reached through a passage the test can cut: the database goes away and comes
/// back, as it does for a node when the network to it fails, while the server itself keeps everything.
/// </summary>
public sealed class CuttableDatabase : IAsyncDisposable
{
    private readonly TcpPassage _passage;

    public CuttableDatabase(Postgres postgres)
    {
        _passage = new TcpPassage(postgres.Port);
        ConnectionString = postgres.ConnectionStringVia(_passage.Port);
    }

    /// <summary>The connection string that goes through the passage.</summary>
    public string ConnectionString { get; }

    public void Cut() => _passage.Cut();

    public void Restore() => _passage.Restore();

    public ValueTask DisposeAsync() => _passage.DisposeAsync();
}
