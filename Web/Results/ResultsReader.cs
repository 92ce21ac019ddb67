using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Web.Results;

/// <summary>Gathers a session's results from its activities, in agenda order.</summary>
public static class ResultsReader
{
    public const string RemovedParticipant = "(removed from the team)";

    public static async Task<ResultsExport> ReadAsync(IGrainFactory grains, SessionView session, DateTimeOffset now)
    {
        var names = session.Participants.ToDictionary(p => p.ParticipantId, p => p.DisplayName);
        var votes = await Task.WhenAll(session.Activities
            .Where(a => a.Kind == ActivityKinds.CulturePriorities)
            .Select(async a => Describe(await grains.GetGrain<ICulturePrioritiesGrain>(a.ActivityId).GetResults(), names)));
        return new ResultsExport(session.TeamName, session.Title, now, votes);
    }

    private static VoteResults Describe(CulturePrioritiesResults results, Dictionary<string, string> names)
    {
        var view = results.View;
        var texts = view.Statements.ToDictionary(s => s.StatementId, s => s.Text);
        var ballots = results.Ballots?
            .Select(b => new VoterDots(
                names.GetValueOrDefault(b.ParticipantId, RemovedParticipant),
                view.Statements.Where(s => b.Dots.GetValueOrDefault(s.StatementId) > 0)
                    .Select(s => new StatementDots(texts[s.StatementId], b.Dots[s.StatementId]))
                    .ToArray()))
            .OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToArray();

        return new VoteResults(
            view.Title,
            Anonymous: results.Ballots is null,
            view.Status.ToString(),
            view.DotsPerParticipant,
            view.VoterCount,
            view.DotsPlaced,
            Ranking.Of(view.Statements, view.Tally),
            ballots);
    }
}
