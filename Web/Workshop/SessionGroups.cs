namespace AntiLeadership.Live.Web.Workshop;

/// <summary>The SignalR groups of a session on this node. Facilitators see everything; the audience (phones, board) what all may see.</summary>
public static class SessionGroups
{
    public static string Facilitators(string sessionId) => $"{sessionId}:facilitators";

    public static string Audience(string sessionId) => $"{sessionId}:audience";

    public static string Participant(string sessionId, string participantId) => $"{sessionId}:participant:{participantId}";
}
