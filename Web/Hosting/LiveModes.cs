namespace AntiLeadership.Live.Web.Hosting;

public static class LiveModes
{
    public const string CoHosted = "CoHosted";
    public const string Client = "Client";
}
