namespace AntiLeadership.Live.Web.Credentials;

public static class LiveRoles
{
    public const string Facilitator = "facilitator";
    public const string Participant = "participant";
}
