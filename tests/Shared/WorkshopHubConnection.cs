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
            .AddJsonProtocol(json =>
            {
                json.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
                json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            })
            .Build();
}
