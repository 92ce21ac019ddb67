using Microsoft.Extensions.Hosting;

namespace AntiLeadership.Live.Silo;

/// <summary>
/// A grain-only node: joins the cluster named in configuration and hosts grains, no web traffic.
/// A named class rather than top-level statements, so it never collides with the web node's Program.
/// </summary>
internal static class SiloHost
{
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.UseOrleans(silo => silo.AddAntiLeadershipSilo(builder.Configuration));
        await builder.Build().RunAsync();
    }
}
