using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Workshop;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Joining by code. Unknown, malformed and closed codes all get the same answer, so the reply tells a
/// guesser nothing. A participant who brings back their device credential stays the same person, and
/// is never held back by a limit: only new participants are counted.
/// </summary>
public static class JoinApi
{
    public const string NotFound = "No open session has that code. Check the code on the room display and try again.";

    public const string JoiningClosed = "The facilitator has closed this session to newcomers. Ask them to open it again.";

    /// <summary>Said (with "— try again in N s.") when too many new participants arrive from one address at once.</summary>
    public const string ManyJoining = "Many people are joining at once";

    public static void MapJoinApi(this IEndpointRouteBuilder app)
    {
        var join = app.MapGroup("/api/join").AllowAnonymous();
        join.MapGet("/{code}", LookUp);
        join.MapPost("/{code}", Join);
    }

    /// <summary>A phone that has been in the team may send its credential as a bearer token, to be answered whatever its address tried.</summary>
    private static async Task<IResult> LookUp(string code, HttpContext http, JoinThrottle throttle, IGrainFactory grains)
    {
        var (session, refused) = await CodeLookup.FindAsync(grains, throttle, http, code, () => ReturningMember.FindAsync(http, null, grains));
        if (session is null)
        {
            return refused!;
        }

        return TypedResults.Ok(new SessionLookup(session.SessionId, session.TeamId, session.TeamName, session.Title, session.JoiningOpen));
    }

    private static async Task<IResult> Join(string code, JoinRequest request, HttpContext http, JoinThrottle throttle, IGrainFactory grains, ILogger<JoinedSession> logger)
    {
        var (session, refused) = await CodeLookup.FindAsync(grains, throttle, http, code, () => ReturningMember.FindAsync(http, request.Credential, grains));
        if (session is null)
        {
            return refused!;
        }

        var team = grains.GetGrain<ITeamGrain>(session.TeamId);
        var known = await KnownMemberAsync(team, session.TeamId, request.Credential);

        // A phone rejoining by itself keeps the name the team knows it by, so a name someone else took
        // meanwhile (or a team holding one name twice from before names had to differ) never locks it out.
        var typed = request.KeepName && known is { } member ? member.Member.DisplayName : request.DisplayName;

        // Checked before anything is stored: a refused name must not reach the team either.
        var (name, problem) = SessionRules.DisplayName(typed);
        if (problem is not null)
        {
            return ApiError.BadRequest(problem);
        }

        if (known is null && !session.JoiningOpen)
        {
            // Closed to newcomers only: the team's own people (a reload, a phone with its credential) get back in.
            return ApiError.Forbidden(JoiningClosed);
        }

        // Only a join that makes a new participant is counted: coming back makes nothing.
        var address = ClientAddress.Of(http);
        if (known is null && throttle.TryJoin(address) is { } joinWait)
        {
            SecurityLog.RateLimited(logger, address, "joining");
            return ApiError.TooMany(http.Response, joinWait, ManyJoining);
        }

        var credential = known?.Credential ?? Credential.NewParticipant(session.TeamId);
        try
        {
            var enrolment = await team.Enrol(credential.ParticipantId!, credential.SecretHash, name);
            if (enrolment.Member is not { } enrolled)
            {
                return ApiError.BadRequest(enrolment.Rejection!);
            }

            var joined = await grains.GetGrain<ISessionGrain>(session.SessionId).Join(enrolled.ParticipantId, enrolled.DisplayName);
            if (!joined.Succeeded)
            {
                return ApiError.BadRequest(joined.Rejection!);
            }

            logger.LogInformation("Participant {ParticipantId} joined session {SessionId}", enrolled.ParticipantId, session.SessionId);
            return TypedResults.Ok(new JoinedSession(session.SessionId, session.TeamId, enrolled.ParticipantId, enrolled.DisplayName, credential.ToString()));
        }
        catch (Exception failure)
        {
            // Not stored (or not known to be). The phone gets the credential anyway, so that its retry
            // is this same participant: a participant made by the failed try and stored by a later write
            // must not be left holding the name the person then tries again with.
            logger.LogWarning(failure, "Participant {ParticipantId} could not be stored joining session {SessionId}", credential.ParticipantId, session.SessionId);
            return TypedResults.Json(new UnsavedJoin(HubErrorFilter.Unavailable, credential.ToString()), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>The offered credential and its member when it really is one of this team's participants; otherwise null, and a new participant is made.</summary>
    private static async Task<(Credential Credential, TeamMember Member)?> KnownMemberAsync(ITeamGrain team, string teamId, string? offered)
    {
        if (!Credential.TryParse(offered, out var credential) || credential.Role != LiveRoles.Participant || credential.TeamId != teamId)
        {
            return null;
        }

        return await team.FindMember(credential.ParticipantId!, credential.SecretHash) is { } member ? (credential, member) : null;
    }
}
