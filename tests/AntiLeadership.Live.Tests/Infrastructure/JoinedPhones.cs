using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A room of people joined and connected over the real hub without a browser each, for tests whose
/// picture needs many people ("Person 1" … "Person N"); they leave together when disposed.
/// </summary>
public sealed class JoinedPhones : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];

    public IReadOnlyList<HubConnection> Connections => _connections;

    public static async Task<JoinedPhones> JoinAsync(HttpClient http, Uri server, WorkshopStarted workshop, int people)
    {
        var phones = new JoinedPhones();
        try
        {
            for (var i = 0; i < people; i++)
            {
                var joined = await Workshop.JoinAsync(http, workshop.JoinCode, $"Person {i + 1}");
                var connection = WorkshopHubConnection.Build(server, workshop.SessionId, joined.Credential);
                phones._connections.Add(connection);
                await connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
            }

            return phones;
        }
        catch
        {
            await phones.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
