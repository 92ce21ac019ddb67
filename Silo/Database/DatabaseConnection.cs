using System.Data.Common;
using Npgsql;

namespace AntiLeadership.Live.Silo.Database;

/// <summary>
/// Connection settings that fail fast. Npgsql waits 15 s to connect and 30 s for a command by default,
/// longer than a phone should wait in silence: a database that hangs (stopped, not dead) would hold a
/// vote that long before anyone is told. Within a few seconds the vote is answered "not saved", and the
/// phone sends it again with the same submission id. An operator's own values in the connection string win.
/// </summary>
public static class DatabaseConnection
{
    public const int ConnectSeconds = 5;
    public const int CommandSeconds = 5;

    /// <summary>
    /// Connections one node keeps at most. Group commit needs few (one per grain writing at a time);
    /// a burst of activations queues for a moment instead. start.sh's database takes 250, so several
    /// nodes of a cluster fit beside each other with room for an operator's psql.
    /// </summary>
    public const int MaxPoolSize = 50;

    public static string FailFast(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        // A plain builder knows only the keys the operator wrote; Npgsql's would report every keyword.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Timeout"))
        {
            builder.Timeout = ConnectSeconds;
        }

        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
        {
            builder.CommandTimeout = CommandSeconds;
        }

        // The storage statements are the same few, run thousands of times: prepared once per connection,
        // PostgreSQL skips parsing and planning them on every write.
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 20;
        }

        if (!given.ContainsKey("Maximum Pool Size") && !given.ContainsKey("Max Pool Size") && !given.ContainsKey("MaxPoolSize"))
        {
            builder.MaxPoolSize = MaxPoolSize;
        }

        return builder.ConnectionString;
    }
}
