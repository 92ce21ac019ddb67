namespace AntiLeadership.Live.Web.Hosting;

/// <summary>The "Live" configuration section: how this web node runs and how it is reached.</summary>
public sealed class LiveOptions
{
    public const string SectionName = "Live";

    /// <summary>"CoHosted" (this process is also a silo, the default) or "Client" (joins a cluster).</summary>
    public string Mode { get; set; } = LiveModes.CoHosted;

    /// <summary>The address phones should use, e.g. http://workshop.local:5080. Empty: the LAN address.</summary>
    public string PublicUrl { get; set; } = "";
}
