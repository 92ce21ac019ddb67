using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>
/// Closes a live connection whose credential stopped working, saying why first (within a second), so the
/// page can tell its user instead of trying to reconnect. Shared by the workshop hub and the team home.
/// </summary>
internal static class RevokedConnection
{
    private static readonly TimeSpan TellTimeout = TimeSpan.FromSeconds(1);

    public static async Task CloseAsync(HubCallerContext connection, Func<Task> tellWhy, ILogger logger)
    {
        try
        {
            await tellWhy().WaitAsync(TellTimeout);
        }
        catch (Exception failure)
        {
            logger.LogDebug(failure, "Could not tell connection {ConnectionId} why it is closing", connection.ConnectionId);
        }

        connection.Abort();
    }
}
