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

        return builder.ConnectionString;
    }
}
