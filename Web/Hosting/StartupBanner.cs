using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AntiLeadership.Live.Web.Hosting;

/// <summary>Prints where to point the facilitator's laptop, the phones and the room display.</summary>
public sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var uri = new Uri(address.Replace("0.0.0.0", PublicAddress.LanAddress() ?? "localhost").Replace("[::]", "localhost"));
            var root = uri.GetLeftPart(UriPartial.Authority);
            logger.LogInformation(
                "AntiLeadership Live is ready.\n  Facilitator (start a workshop): {Root}/\n  Participants join at:           {Root}/join\n  Board (room display):           {Root}/board/<session> (linked from the facilitator console)",
                root, root, root);
        }
    }
}
