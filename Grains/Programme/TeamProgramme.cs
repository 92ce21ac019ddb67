using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Programme;

/// <summary>
/// Every grain that stores part of a team's programme, keyed by the team id: what deleting a team
/// forgets, and what deleting one session must be told. A new grain of the programme adds its line here.
/// </summary>
public static class TeamProgramme
{
    /// <summary>The grains forgotten with the team (the team grain itself goes last, by the caller).</summary>
    public static IReadOnlyList<IForgettable> Parts(IGrainFactory grains, string teamId) =>
    [
        grains.GetGrain<ITeamPlanGrain>(teamId),
        grains.GetGrain<ITeamShortlistGrain>(teamId),
        grains.GetGrain<ITeamRotaGrain>(teamId),
        grains.GetGrain<ITeamTemplatesGrain>(teamId),
        grains.GetGrain<ITeamResultsGrain>(teamId),
    ];

    /// <summary>The grains that keep something per session, told when a session is deleted.</summary>
    public static IReadOnlyList<ISessionTraces> SessionTraces(IGrainFactory grains, string teamId) =>
    [
        grains.GetGrain<ITeamShortlistGrain>(teamId),
        grains.GetGrain<ITeamRotaGrain>(teamId),
        grains.GetGrain<ITeamResultsGrain>(teamId),
    ];
}
