using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Sessions;

/// <summary>
/// The versioned, server-authoritative picture of a session. The facilitator receives it whole; the
/// board and phones receive <see cref="ForAudience"/>, without the list of names. <see cref="StepVersion"/>
/// counts the facilitators' steps on the agenda only (not people coming and going), so a console can
/// say which picture of the agenda a command was made on. <see cref="Grant"/> is the facilitator role
/// handed to a participant, if it is; <see cref="Facilitating"/> is the name the board shows as
/// facilitating now (that participant while their turn covers what is on screen, otherwise the label of
/// the facilitator who steered last; null before anyone has). Neither is secret.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SessionView(
    [property: Id(0)] string SessionId,
    [property: Id(1)] long Version,
    [property: Id(2)] bool Exists,
    [property: Id(3)] string TeamId,
    [property: Id(4)] string TeamName,
    [property: Id(5)] string Title,
    [property: Id(6)] string JoinCode,
    [property: Id(7)] int PresentCount,
    [property: Id(8)] int JoinedCount,
    [property: Id(9)] IReadOnlyList<ParticipantPresence> Participants,
    [property: Id(10)] IReadOnlyList<ActivityListing> Activities,
    [property: Id(11)] string? CurrentActivityId,
    [property: Id(12)] bool JoiningOpen = true,
    [property: Id(13)] long StepVersion = 0,
    [property: Id(14)] StepTimer? Timer = null,
    [property: Id(15)] string? UndoLabel = null,
    [property: Id(16)] string? RedoLabel = null,
    [property: Id(17)] RoleGrant? Grant = null,
    [property: Id(18)] string? Facilitating = null)
{
    /// <summary>Without the names, and without what undo and redo would do (the console's business).</summary>
    public SessionView ForAudience() => this with { Participants = Array.Empty<ParticipantPresence>(), UndoLabel = null, RedoLabel = null };

    /// <summary>The agenda's entry for <paramref name="activityId"/>, or null; one pass without a closure, as every vote asks.</summary>
    public ActivityListing? Listing(string activityId)
    {
        for (var i = 0; i < Activities.Count; i++)
        {
            if (Activities[i].ActivityId == activityId)
            {
                return Activities[i];
            }
        }

        return null;
    }
}
