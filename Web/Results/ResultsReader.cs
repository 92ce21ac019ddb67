using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Web.Results;

/// <summary>Gathers a session's results from its activities, of every kind, in agenda order.</summary>
public static class ResultsReader
{
    public static async Task<ResultsExport> ReadAsync(IGrainFactory grains, SessionView session, DateTimeOffset now)
    {
        var names = session.Participants.ToDictionary(p => p.ParticipantId, p => p.DisplayName);
        var activities = await Task.WhenAll(session.Activities
            .Select(listing => ActivityCatalog.GrainOf(grains, listing))
            .OfType<IActivityGrain>()
            .Select(activity => activity.GetResults(names)));
        return new ResultsExport(session.TeamName, session.Title, now, activities);
    }
}
