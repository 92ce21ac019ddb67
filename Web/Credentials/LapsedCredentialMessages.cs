namespace AntiLeadership.Live.Web.Credentials;

/// <summary>
/// What a connection is told when a node's own check finds its credential no longer works (the node
/// missed the revocation, which carries its own words): the same on a phone, a console and a team home.
/// </summary>
public static class LapsedCredentialMessages
{
    public const string RemovedMember = "The facilitator removed you from this team. You can join again with the code.";

    public const string LostKey = "This facilitator link no longer works. Ask the lead facilitator for a new one.";
}
