using System.Net.WebSockets;
using System.Text;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>
/// A WebSocket to the hub without any SignalR client, to send what a real client never would:
/// broken JSON, frames from another origin.
/// </summary>
public sealed class RawHubSocket : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private readonly ClientWebSocket _socket = new();

    public static async Task<RawHubSocket> ConnectAsync(Uri server, string sessionId, string? credential, string? origin = null)
    {
        var raw = new RawHubSocket();
        if (origin is not null)
        {
            raw._socket.Options.SetRequestHeader("Origin", origin);
        }

        var query = $"session={sessionId}" + (credential is null ? "" : $"&access_token={Uri.EscapeDataString(credential)}");
        var uri = new UriBuilder(server) { Scheme = "ws", Path = "/hubs/workshop", Query = query }.Uri;
        try
        {
            await raw._socket.ConnectAsync(uri, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);
        }
        catch
        {
            raw._socket.Dispose();
            throw;
        }

        return raw;
    }

    /// <summary>The JSON protocol handshake; returns the server's answer.</summary>
    public async Task<string> HandshakeAsync()
    {
        await SendTextAsync("{\"protocol\":\"json\",\"version\":1}" + RecordSeparator);
        return await ReceiveAsync() ?? "";
    }

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);

    /// <summary>The next message, or null once the server has closed the socket.</summary>
    public async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        var builder = new StringBuilder();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            builder.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (result.EndOfMessage)
            {
                return builder.ToString();
            }
        }
    }

    /// <summary>Reads until the server closes the socket; returns everything it said before closing.</summary>
    public async Task<string> ReadUntilClosedAsync()
    {
        var all = new StringBuilder();
        while (await ReceiveAsync() is { } message)
        {
            all.Append(message);
        }

        return all.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        await Task.CompletedTask;
    }
}
