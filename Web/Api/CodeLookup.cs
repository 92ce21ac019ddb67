using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Finds the session a join code opens, under the throttle. Unknown, malformed and closed codes all
/// end as "not found", so the answer tells a guesser nothing, and count against the address.
/// </summary>
public static class CodeLookup
{
    /// <summary>
    /// The session a code opens, unless the caller must wait first. <paramref name="returning"/> is asked
    /// only when the address is over its allowance: a member coming back to their own team's session
    /// is let through even then. Either the session or the refusal to send.
    /// </summary>
    public static async Task<(SessionView? Session, IResult? Refused)> FindAsync(
        IGrainFactory grains, JoinThrottle throttle, HttpContext http, string code, Func<Task<ReturningMember?>> returning)
    {
        var address = ClientAddress.Of(http);
        if (throttle.MustWait(address) is { } wait)
        {
            return await FindForReturningMemberAsync(grains, throttle, http, code, await returning(), wait);
        }

        var session = await FindSessionAsync(grains, code);

        // Asked again now that the lookup is over: guesses sent together passed the check above
        // together, and only those within the allowance when they end may hear the answer.
        if ((session is null ? throttle.Failed(address) : throttle.MustWait(address)) is { } after)
        {
            return session is not null && (await returning())?.TeamId == session.TeamId
                ? (session, null)
                : (null, ApiError.TooManyAttempts(http.Response, after));
        }

        return session is null ? (null, ApiError.NotFound(JoinApi.NotFound)) : (session, null);
    }

    /// <summary>
    /// Past the address's allowance: only the member's own team's code is answered, and the member's
    /// own wrong codes count against them, so nothing is looked up for anyone else.
    /// </summary>
    private static async Task<(SessionView? Session, IResult? Refused)> FindForReturningMemberAsync(
        IGrainFactory grains, JoinThrottle throttle, HttpContext http, string code, ReturningMember? member, TimeSpan wait)
    {
        if (member is null || throttle.MustWait(member.ThrottleKey) is not null)
        {
            return (null, ApiError.TooManyAttempts(http.Response, wait));
        }

        var session = await FindSessionAsync(grains, code);
        if (session?.TeamId == member.TeamId)
        {
            return (session, null);
        }

        throttle.Failed(member.ThrottleKey);
        return (null, ApiError.TooManyAttempts(http.Response, wait));
    }

    private static async Task<SessionView?> FindSessionAsync(IGrainFactory grains, string code)
    {
        if (JoinCodes.Normalize(code) is not { } normalized)
        {
            return null;
        }

        var sessionId = await grains.GetGrain<IJoinCodeGrain>(normalized).FindSession();
        if (sessionId is null)
        {
            return null;
        }

        var view = await grains.GetGrain<ISessionGrain>(sessionId).GetView();
        return view.Exists ? view : null;
    }
}
