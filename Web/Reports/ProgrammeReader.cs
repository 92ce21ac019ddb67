using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Results;

namespace AntiLeadership.Live.Web.Reports;

/// <summary>
/// Gathers what a report holds, at any time (a session need not have ended): sessions' results through
/// <see cref="ResultsReader"/>, so a report can never show more than the session's own download, and
/// the plan with its owners' names.
/// </summary>
public static class ProgrammeReader
{
    public static async Task<ProgrammeReport> ReadAsync(IGrainFactory grains, string teamId, DateTimeOffset now)
    {
        var team = await grains.GetGrain<ITeamGrain>(teamId).GetView();
        var views = await Task.WhenAll(team.Sessions.Select(s => grains.GetGrain<ISessionGrain>(s.SessionId).GetView()));
        var sessions = await Task.WhenAll(team.Sessions.Zip(views)
            .Where(pair => pair.Second.Exists)
            .Select(async pair => Report(team, pair.First, await ResultsReader.ReadAsync(grains, pair.Second, now))));
        var plan = await ReadPlanAsync(grains, teamId);
        return new ProgrammeReport(teamId, team.Name, now, sessions.OrderBy(s => s.StartedAt ?? DateTimeOffset.MinValue).ToArray(), plan);
    }

    /// <summary>One session of the team (already checked to be the caller's), with its start date.</summary>
    public static async Task<SessionReport> ReadSessionAsync(IGrainFactory grains, SessionView session, DateTimeOffset now)
    {
        var team = await grains.GetGrain<ITeamGrain>(session.TeamId).GetView();
        var listing = team.Sessions.FirstOrDefault(s => s.SessionId == session.SessionId) ?? new SessionListing(session.SessionId, session.Title);
        return Report(team, listing, await ResultsReader.ReadAsync(grains, session, now));
    }

    /// <summary>How an owner who has since left the team reads, as on the team home.</summary>
    public const string FormerMember = "a former member";

    /// <summary>The living plan, owners as names.</summary>
    public static async Task<IReadOnlyList<ReportedCommitment>> ReadPlanAsync(IGrainFactory grains, string teamId)
    {
        var plan = await grains.GetGrain<ITeamPlanGrain>(teamId).GetPlan();
        var names = plan.Commitments.Any(c => c.Draft.Owners.Count > 0)
            ? (await grains.GetGrain<ITeamGrain>(teamId).GetMembers()).ToDictionary(m => m.ParticipantId, m => m.DisplayName)
            : [];
        return plan.Commitments.Select(c => new ReportedCommitment(
            c.CommitmentId,
            c.Draft.What,
            c.Draft.Why,
            c.Draft.Owners.Select(id => names.GetValueOrDefault(id, FormerMember)).ToArray(),
            c.Draft.FirstStep,
            c.Draft.ReviewOn,
            c.Status,
            c.CreatedAt,
            c.Notes)).ToArray();
    }

    private static SessionReport Report(TeamView team, SessionListing listing, ResultsExport results) =>
        new(team.TeamId, team.Name, listing.SessionId, results.SessionTitle, listing.StartedAt, results);
}
