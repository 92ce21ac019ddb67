namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// The SignalR groups of a session on this node. Facilitators see everything; boards and phones what all
/// may see, phones at a calmer pace (see <see cref="PhonePacing"/>).
/// </summary>
public static class SessionGroups
{
    public static string Facilitators(string sessionId) => $"{sessionId}:facilitators";

    public static string Boards(string sessionId) => $"{sessionId}:boards";

    public static string Phones(string sessionId) => $"{sessionId}:phones";

    public static string Participant(string sessionId, string participantId) => $"{sessionId}:participant:{participantId}";
}
