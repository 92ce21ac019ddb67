using AntiLeadership.Live.Programme.Results;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;

namespace AntiLeadership.Live.Grains.Programme.Results;

/// <summary>
/// Hands a closed activity's points to its team's results, with the session they come from: its title,
/// and when it started (from the team's list of sessions; the close time for a session started before
/// that was kept). A session of no team records nothing.
/// </summary>
internal static class ResultsRecorder
{
    public static async Task RecordAsync(IGrainFactory grains, string activityId, string sessionId, DateTimeOffset closedAt, RepeatedResults results)
    {
        try
        {
            var session = await grains.GetGrain<ISessionGrain>(sessionId).GetView();
            if (!session.Exists || string.IsNullOrEmpty(session.TeamId))
            {
                return;
            }

            var team = await grains.GetGrain<ITeamGrain>(session.TeamId).GetView();
            var startedAt = team.Sessions.FirstOrDefault(s => s.SessionId == sessionId)?.StartedAt ?? closedAt;
            await grains.GetGrain<ITeamResultsGrain>(session.TeamId).Record(new RecordedResults(activityId, sessionId, session.Title, startedAt, results));
        }
        catch (Exception)
        {
            // Best effort: the close is stored and answered whatever happens here. Closing the activity
            // again (reopen, close) records it again, replacing whatever did get through.
        }
    }
}
