using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;
using Microsoft.Extensions.Caching.Memory;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Stands between session ids that come from outside (board links, QR codes, hub connects, results)
/// and the session grains. Every unknown id used to activate a grain and read storage: 20,000 random
/// ids cost 200 MB and slowed real rooms. Now an unknown id counts against the address like a wrong
/// join code (<see cref="JoinThrottle"/>), so an address that probes waits like one that guesses;
/// ids recently found missing are answered from a small per-node list without a grain; and ids of
/// sessions known to exist are never held back, so a room's board is not kept out by a neighbour.
/// </summary>
public sealed class SessionIdGuard(IGrainFactory grains, JoinThrottle throttle) : IDisposable
{
    /// <summary>Ids remembered each way: a few megabytes at most, whoever sends what.</summary>
    public const int Remembered = 10_000;

    private static readonly TimeSpan MissingFor = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan FoundFor = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _missing = new(new MemoryCacheOptions { SizeLimit = Remembered });
    private readonly MemoryCache _found = new(new MemoryCacheOptions { SizeLimit = Remembered });

    /// <summary>A session that exists (just started here, or just found): never held back.</summary>
    public void Found(string sessionId) =>
        _found.Set(sessionId, true, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = FoundFor });

    /// <summary>
    /// The session grain's answer through <paramref name="ask"/>; or no answer (the id names no session),
    /// or how long the address must wait first. <paramref name="ownTeam"/> is the caller's team when it
    /// has a valid credential: that team's own sessions are answered whatever its address tried.
    /// </summary>
    public async Task<(T? Answer, TimeSpan? Wait)> AskAsync<T>(
        string sessionId, string address, string? ownTeam, Func<ISessionGrain, Task<T>> ask, Func<T, bool> exists)
        where T : class
    {
        if (!Credential.IsId(sessionId) || _missing.TryGetValue(sessionId, out _))
        {
            return (null, throttle.Failed(address));
        }

        if (!_found.TryGetValue(sessionId, out _) && throttle.MustWait(address) is { } wait && !await TeamHoldsAsync(ownTeam, sessionId))
        {
            return (null, wait);
        }

        var answer = await ask(grains.GetGrain<ISessionGrain>(sessionId));
        if (!exists(answer))
        {
            // Session ids are made by the server and handed out only once the session is stored, so an
            // id missing now stays missing: remembering it cannot hide a session.
            _missing.Set(sessionId, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = MissingFor });
            return (null, throttle.Failed(address));
        }

        Found(sessionId);
        return (answer, null);
    }

    public void Dispose()
    {
        _missing.Dispose();
        _found.Dispose();
    }

    private async Task<bool> TeamHoldsAsync(string? teamId, string sessionId) =>
        teamId is not null && (await grains.GetGrain<ITeamGrain>(teamId).GetView()).Sessions.Any(s => s.SessionId == sessionId);
}
