using System.Collections.Concurrent;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// The sessions this web node has browsers for, each with a single <see cref="SessionLink"/>. The
/// first local connection of a session creates the link; the last one to leave removes it, so a
/// session grain has one subscriber per node, however many phones are in the room.
/// </summary>
public sealed class SessionFanOut(
    IGrainFactory grains,
    IHubContext<WorkshopHub, IWorkshopClient> hub,
    RevokedCredentials revoked,
    IOptions<LiveOptions> options,
    ILogger<SessionFanOut> logger) : IAsyncDisposable
{
    /// <summary>
    /// A phone, a laptop and a tab or two; more than this from one participant on one node is a script.
    /// </summary>
    public const int MaxConnectionsPerParticipant = 5;

    /// <summary>
    /// Room displays of one session on this node ("Live:Limits:BoardsPerSession"). A board needs no
    /// credential, so without a cap one script could open thousands, each a connection and a copy of
    /// every snapshot; a room has a projector or two.
    /// </summary>
    public int MaxBoardsPerSession { get; } = Math.Max(1, options.Value.Limits.BoardsPerSession);

    // Changed only under its own lock (a link is made or let go together with a connection); read without
    // it, because every input looks its session's link up twice, and ten thousand at once queued on the lock.
    private readonly ConcurrentDictionary<string, SessionLink> _links = new();

    /// <summary>Identifies this node's subscriptions and presence reports to session grains.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    private long _linksMade;

    /// <summary>Sessions with at least one browser on this node.</summary>
    public int OpenSessions => _links.Count;

    /// <summary>Registers a connection; false when its participant, or the session's boards, already have too many here.</summary>
    public bool TryConnect(string sessionId, string connectionId, LiveConnection connection)
    {
        lock (_links)
        {
            if (!_links.TryGetValue(sessionId, out var link))
            {
                // Each link attaches under a name of its own: when the last browser of a session here
                // reloads, the old link's late detach must not remove the new link's attachment.
                link = new SessionLink(sessionId, $"{NodeId}-{++_linksMade}", grains, hub, revoked, logger);
                _links[sessionId] = link;
            }

            return link.TryAdd(connectionId, connection, MaxConnectionsPerParticipant, MaxBoardsPerSession);
        }
    }

    public async Task DisconnectAsync(string sessionId, string connectionId)
    {
        SessionLink? emptied = null;
        lock (_links)
        {
            if (_links.TryGetValue(sessionId, out var link) && link.Remove(connectionId) && link.IsEmpty)
            {
                _links.TryRemove(sessionId, out _);
                emptied = link;
            }
        }

        if (emptied is not null)
        {
            await emptied.DisposeAsync();
        }
    }

    /// <summary>
    /// The kind and grain of an activity the newest view of the session this node has lists, or null
    /// (no view yet, or not on its agenda).
    /// </summary>
    public (ActivityKind Kind, IActivityGrain Activity, ActivityListing Listing)? ListedActivity(string sessionId, string activityId) =>
        Link(sessionId)?.ListedActivity(activityId);

    /// <summary>
    /// The window <paramref name="connectionId"/> got <paramref name="contribution"/> with the receipt of its
    /// input; the participant's other windows on this node follow along (see <see cref="SessionLink.DeliveredAsync"/>).
    /// </summary>
    public Task DeliveredAsync(string sessionId, string connectionId, string participantId, Contribution contribution) =>
        Link(sessionId)?.DeliveredAsync(connectionId, participantId, contribution) ?? Task.CompletedTask;

    private SessionLink? Link(string sessionId) => _links.GetValueOrDefault(sessionId);

    public async ValueTask DisposeAsync()
    {
        SessionLink[] links;
        lock (_links)
        {
            links = [.. _links.Values];
            _links.Clear();
        }

        await Task.WhenAll(links.Select(l => l.DisposeAsync().AsTask()));
    }
}
