using System.Security.Claims;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.TeamHome;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// The team home and the living plan. Everyone of the team reads; members add notes and status changes
/// between sessions; facilitators also write and rewrite commitments. Every change is stored before it
/// is answered, and reaches every open team home through <see cref="TeamHub"/>.
/// </summary>
public static class PlanApi
{
    /// <summary>Maps under the team home's group (<see cref="TeamApi.MapTeamHomeGroup"/>): the team's facilitators and members.</summary>
    public static void MapPlanApi(this RouteGroupBuilder home)
    {
        home.MapGet("", Home);
        home.MapGet("/plan", Read);
        home.MapPost("/plan", Commit).RequireAuthorization(LivePolicies.Facilitator);
        home.MapPut("/plan/{commitmentId}", Revise).RequireAuthorization(LivePolicies.Facilitator);
        home.MapPost("/plan/{commitmentId}/notes", Note);
    }

    private static async Task<IResult> Home(string teamId, HttpContext http, IGrainFactory grains)
    {
        var team = grains.GetGrain<ITeamGrain>(teamId);
        var view = await team.GetView();
        if (!view.Exists)
        {
            return ApiError.NotFound("This team does not exist (any more).");
        }

        var facilitator = http.User.IsFacilitator();
        var members = await team.GetMembers();
        var plan = await grains.GetGrain<ITeamPlanGrain>(teamId).GetPlan();
        var kept = facilitator ? await grains.GetGrain<ITeamShortlistGrain>(teamId).GetShortlist() : [];
        var viewer = new HomeViewer(facilitator, http.User.ParticipantId(), AuthorOf(http.User), http.User.HasClaim(LiveClaims.Lead, "true"));
        return TypedResults.Json(new TeamHomeView(teamId, view.Name, view.Sessions, members, plan, kept, viewer));
    }

    private static async Task<IResult> Read(string teamId, IGrainFactory grains) =>
        TypedResults.Json(await grains.GetGrain<ITeamPlanGrain>(teamId).GetPlan());

    private static async Task<IResult> Commit(string teamId, CommitmentRequest request, IGrainFactory grains)
    {
        if (request.CommitmentId is not { } id || request.Draft is not { } draft)
        {
            return ApiError.BadRequest("Say what the team will try.");
        }

        if (await UnknownOwnerAsync(grains, teamId, draft) is { } problem)
        {
            return problem;
        }

        return Answer(await grains.GetGrain<ITeamPlanGrain>(teamId).Commit(id, draft));
    }

    private static async Task<IResult> Revise(string teamId, string commitmentId, CommitmentRequest request, IGrainFactory grains)
    {
        if (request.Draft is not { } draft)
        {
            return ApiError.BadRequest("Say what the team will try.");
        }

        if (await UnknownOwnerAsync(grains, teamId, draft) is { } problem)
        {
            return problem;
        }

        return Answer(await grains.GetGrain<ITeamPlanGrain>(teamId).Revise(commitmentId, draft, request.SeenRevision));
    }

    private static async Task<IResult> Note(string teamId, string commitmentId, NoteRequest request, HttpContext http, IGrainFactory grains)
    {
        if (request.NoteId is null)
        {
            return ApiError.BadRequest("This note is missing its id. Reload the page and try again.");
        }

        return Answer(await grains.GetGrain<ITeamPlanGrain>(teamId).Note(commitmentId, request.Text, request.Status, AuthorOf(http.User), request.NoteId));
    }

    /// <summary>A member's note carries their name; a facilitator's the label of their key ("Lead facilitator", "Sam").</summary>
    private static string AuthorOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "Facilitator";

    /// <summary>Owners are members of the team by id: anyone else (removed since, or made up) is refused.</summary>
    private static async Task<IResult?> UnknownOwnerAsync(IGrainFactory grains, string teamId, CommitmentDraft draft)
    {
        var members = (await grains.GetGrain<ITeamGrain>(teamId).GetMembers()).Select(m => m.ParticipantId).ToHashSet();
        return (draft.Owners ?? []).All(members.Contains)
            ? null
            : ApiError.BadRequest("One of the owners is not (any more) in this team. Choose the owners again.");
    }

    private static IResult Answer(CommandOutcome outcome) =>
        outcome.Succeeded ? TypedResults.NoContent() : ApiError.BadRequest(outcome.Rejection!);
}
