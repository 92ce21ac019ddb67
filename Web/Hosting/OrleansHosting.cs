using AntiLeadership.Live.Silo;

namespace AntiLeadership.Live.Web.Hosting;

public static class OrleansHosting
{
    /// <summary>Co-hosts a silo (one process serves everything) or joins a cluster as a client, by configuration.</summary>
    public static WebApplicationBuilder AddLiveOrleans(this WebApplicationBuilder builder)
    {
        var mode = builder.Configuration[$"{LiveOptions.SectionName}:{nameof(LiveOptions.Mode)}"] ?? LiveModes.CoHosted;
        switch (mode)
        {
            case LiveModes.CoHosted:
                builder.Host.UseOrleans(silo => silo.AddAntiLeadershipSilo(builder.Configuration));
                break;
            case LiveModes.Client:
                builder.Host.UseOrleansClient(client => client.AddAntiLeadershipClient(builder.Configuration));
                break;
            default:
                throw new InvalidOperationException($"Unknown Live:Mode '{mode}'. Use CoHosted or Client.");
        }

        return builder;
    }
}
