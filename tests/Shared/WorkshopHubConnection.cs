using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace AntiLeadership.Live.Testing;

/// <summary>
/// A .NET hub connection that talks to the workshop hub exactly as the browsers do: WebSockets only
/// (no negotiation, so any node can take it), the credential as access token, camelCase JSON with enum
/// names. Shared as source by the tests and the benchmark.
/// </summary>
public static class WorkshopHubConnection
{
    /// <summary>
    /// One set of options for every connection: System.Text.Json caches what it learns about each type
    /// per options instance, so a fresh instance per connection made each of a thousand simulated phones
    /// reflect over the view types again on its first message.
    /// </summary>
    private static readonly JsonSerializerOptions Payload = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static HubConnection Build(Uri server, string sessionId, string? credential) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server, $"/hubs/workshop?session={sessionId}"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                if (credential is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(credential);
                }
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions = Payload)
            .Build();
}
