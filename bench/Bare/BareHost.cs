using System.Runtime;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AntiLeadership.Live.Bench.Bare;

/// <summary>
/// The bare path, in a process of its own (<c>--scenario serve-bare --port N</c>, started by
/// <see cref="BareServer"/>): ASP.NET Core with SignalR and a co-hosted silo on localhost clustering and
/// memory only, that counts dots. Just enough of the product's setup API for the benchmark's room to
/// open (start a workshop, join) without changing how the room drives it.
/// </summary>
public static class BareHost
{
    public const string Scenario = "serve-bare";

    /// <summary>The "facilitator key" every bare workshop hands out: it only tells the console from the phones.</summary>
    public const string ConsoleKey = "console";

    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Logging as the product node is started by the benchmark; a folder with no settings in it.
            Args = ["--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning"],
            ContentRootPath = Path.Combine(RepositoryRoot.Path, "bench"),
            EnvironmentName = "Production",
        });
        builder.UseOrleans(silo => silo.UseLocalhostClustering(FreePorts.Next(), FreePorts.Next()));
        builder.Services.AddSingleton<BareRooms>();
        builder.Services.AddSignalR();

        var app = builder.Build();
        app.MapPost("/api/teams", () =>
        {
            var room = Guid.NewGuid().ToString("N");
            return new WorkshopStarted(room, room, room, ConsoleKey, "", "", "");
        });
        app.MapPost("/api/join/{code}", (string code) =>
        {
            var participant = Guid.NewGuid().ToString("N");
            return new JoinedSession(code, code, participant, participant, participant);
        });
        app.MapHub<BareHub>("/hubs/workshop", hub => hub.Transports = HttpTransportType.WebSockets);
        await app.StartAsync();
        // Read back rather than assumed: the settings come from the product's runtimeconfig (see BareServer).
        Console.Error.WriteLine($"bare path listening on {port}; server GC: {GCSettings.IsServerGC}");
        await app.WaitForShutdownAsync();
    }
}
