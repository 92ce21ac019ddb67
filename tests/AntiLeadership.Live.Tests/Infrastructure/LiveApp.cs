using AntiLeadership.Live.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// The real web node (co-hosting its silo) on a real loopback socket, with grain storage where its
/// settings say (PostgreSQL unless a test asks for Azure Storage). Two instances made from the same
/// <see cref="LiveAppSettings"/> share a service id, so the second sees everything the first stored:
/// that is a restart.
/// </summary>
public sealed class LiveApp : WebApplicationFactory<Program>
{
    private readonly LiveAppSettings _settings;

    private LiveApp(LiveAppSettings settings)
    {
        _settings = settings;
        UseKestrel(0);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>Everything this app logged, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    public static LiveApp Start(LiveAppSettings settings)
    {
        var app = new LiveApp(settings);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        app.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        foreach (var (key, value) in _settings.Storage.ClusterSettings())
        {
            builder.UseSetting(key, value);
        }

        // One node on its own: no membership table.
        builder.UseSetting("Cluster:Clustering", Silo.ClusteringModes.Localhost);
        builder.UseSetting("Cluster:SiloPort", $"{FreePorts.Next()}");
        builder.UseSetting("Cluster:GatewayPort", $"{FreePorts.Next()}");
        builder.UseSetting("Live:PublicUrl", "");
        builder.UseSetting("Live:OperatorKey", _settings.OperatorKey);
        builder.UseSetting("Live:Limits:JoinsPerMinutePerAddress", $"{_settings.JoinsPerMinutePerAddress}");
        // Every test starts its workshops from 127.0.0.1; a test of the real allowance sets it back through More.
        builder.UseSetting("Live:Limits:WorkshopsPerHourPerAddress", "100000");
        foreach (var (key, value) in _settings.More ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (_settings.Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
