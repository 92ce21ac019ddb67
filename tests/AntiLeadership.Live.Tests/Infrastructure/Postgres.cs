using AntiLeadership.Live.Testing;
using Npgsql;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server (Debian's package) on a free loopback port with its own temporary data
/// folder, started by the same script start.sh uses. It can be stopped cleanly, killed the hard way
/// (every process of it, SIGKILL), frozen (SIGSTOP: storage that hangs) and started again on the same
/// folder and port, as after a crash.
/// </summary>
public sealed class Postgres : IStorageServer
{
    private readonly string _folder = Directory.CreateTempSubdirectory("antileadership-postgres-").FullName;

    private Postgres() => Port = FreePorts.Next();

    public int Port { get; }

    /// <summary>The Npgsql connection string the script printed (with the server's own password).</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The same connection string, pointed at another port (a <see cref="TcpPassage"/> in front of this server).</summary>
    public string ConnectionStringVia(int port) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Port = port }.ConnectionString;

    public ClusterStorage NewStorage() => ClusterStorage.OnPostgres(ConnectionString);

    public static async Task<Postgres> StartNewAsync()
    {
        var postgres = new Postgres();
        await postgres.StartAsync();
        return postgres;
    }

    public async Task StartAsync()
    {
        ConnectionString = await PostgresScript.StartAsync(RepositoryRoot.Path, _folder, Port);
    }

    /// <summary>Stops the server as Ctrl+C on start.sh does: a fast shutdown, every commit kept.</summary>
    public Task StopAsync() => PostgresScript.RunAsync(RepositoryRoot.Path, "stop", _folder);

    /// <summary>Kills every process of the server with SIGKILL at once, as an out-of-memory kill or a crash would.</summary>
    public async Task KillAsync() => await Signals.KillAllAsync(await ProcessesAsync());

    /// <summary>Freezes every process of the server (SIGSTOP): storage that hangs rather than fails.</summary>
    public async Task FreezeAsync()
    {
        foreach (var pid in await ProcessesAsync())
        {
            Signals.Send(pid, Signals.Stop);
        }
    }

    public async Task ThawAsync()
    {
        foreach (var pid in await ProcessesAsync())
        {
            Signals.Send(pid, Signals.Continue);
        }
    }

    /// <summary>Runs one SQL query against the server and returns its first column, row by row.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync().WaitAsync(Eventually.DefaultTimeout);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync().WaitAsync(Eventually.DefaultTimeout);
        while (await reader.ReadAsync().WaitAsync(Eventually.DefaultTimeout))
        {
            rows.Add(reader.GetFieldValue<T>(0));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private Task<int[]> ProcessesAsync() => PostgresScript.ProcessesAsync(RepositoryRoot.Path, _folder);
}
