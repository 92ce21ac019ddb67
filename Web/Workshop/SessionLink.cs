using AntiLeadership.Live.Activities;
using System.Collections.Concurrent;
using System.Diagnostics;
using ActivityKind = AntiLeadership.Live.Activities.ActivityKind;
using AntiLeadership.Live.Telemetry;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// This node's one subscription to one session, shared by every local browser of that session.
/// It forwards pushed snapshots to the local SignalR groups, reports who is connected here, and renews
/// the subscription periodically because it lives only in the session grain's memory (a reactivated
/// or moved grain has forgotten it; the renewal's answer resyncs us).
/// </summary>
public sealed class SessionLink : ISessionObserver, IAsyncDisposable
{
    private static readonly TimeSpan PresenceFlushInterval = TimeSpan.FromMilliseconds(100);
    // Short enough that, when a session grain is reactivated elsewhere (its node died), this node is
    // subscribed again and its browsers updated within seconds; one small call per session per node.
    private static readonly TimeSpan RenewalInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan AttachTimeout = TimeSpan.FromSeconds(5);

    private readonly string _sessionId;
    private readonly string _nodeId;
    private readonly IGrainFactory _grains;
    private readonly IHubContext<WorkshopHub, IWorkshopClient> _hub;
    private readonly ILogger _logger;
    private readonly RevokedCredentials _revoked;
    private readonly Dictionary<string, LiveConnection> _connections = [];
    // How many of each participant's windows are connected here: changed with _connections under its lock,
    // read without it on every vote (does the participant have another window to follow along?).
    private readonly ConcurrentDictionary<string, int> _windows = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ISessionObserver _reference;
    private readonly Task _loop;
    private readonly PhonePacing _phones;
    private readonly ContributionPacing _contributions;
    private bool _presenceDirty = true;
    private DateTime _renewDue = DateTime.MinValue;
    private SessionView? _latest;

    // References to the session's activity grains, each made once: making one (its id, its interface's
    // grain type, found by reflection, its proxy) was a few microseconds of every vote. References are
    // immutable and an activity id's kind never changes; the few a session has go with this link.
    private readonly ConcurrentDictionary<string, IActivityGrain> _activityGrains = new();

    public SessionLink(string sessionId, string nodeId, IGrainFactory grains, IHubContext<WorkshopHub, IWorkshopClient> hub, RevokedCredentials revoked, ILogger logger)
    {
        _revoked = revoked;
        _sessionId = sessionId;
        _nodeId = nodeId;
        _grains = grains;
        _hub = hub;
        _logger = logger;
        _phones = new PhonePacing(
            view => _hub.Clients.Group(SessionGroups.Phones(sessionId)).ActivityChanged(view),
            TimeProvider.System,
            failure => logger.LogDebug(failure, "Could not send a paced update to the phones of session {SessionId}", sessionId),
            () => ConnectionCount);
        _contributions = new ContributionPacing(
            (participantId, contribution) => _hub.Clients.Group(SessionGroups.Participant(sessionId, participantId)).ContributionChanged(contribution),
            TimeProvider.System,
            failure => logger.LogDebug(failure, "Could not send changed contributions in session {SessionId}", sessionId));
        // Orleans holds observers weakly: this link keeps itself alive through the registry.
        _reference = grains.CreateObjectReference<ISessionObserver>(this);
        _loop = Task.Run(KeepAttachedAsync);
    }

    /// <summary>The newest session view this node has seen, if any.</summary>
    public SessionView? Latest => Volatile.Read(ref _latest);

    /// <summary>The kind and grain of an activity the newest view lists, or null (no view yet, or not on the agenda).</summary>
    public (ActivityKind Kind, IActivityGrain Activity, ActivityListing Listing)? ListedActivity(string activityId)
    {
        if (Latest?.Listing(activityId) is not { } listing || ActivityCatalog.Find(listing.Kind) is not { } kind)
        {
            return null;
        }

        return (kind, _activityGrains.GetOrAdd(activityId, static (id, made) => made.kind.Grain(made.grains, id), (kind, grains: _grains)), listing);
    }

    /// <summary>How many of the session's browsers are connected to this node.</summary>
    public int ConnectionCount
    {
        get { lock (_connections) { return _connections.Count; } }
    }

    public bool IsEmpty
    {
        get { lock (_connections) { return _connections.Count == 0; } }
    }

    /// <summary>
    /// Adds a connection unless its participant already has <paramref name="perParticipantCap"/> here,
    /// or it is a board and the session already has <paramref name="boardCap"/> boards here.
    /// </summary>
    public bool TryAdd(string connectionId, LiveConnection connection, int perParticipantCap, int boardCap)
    {
        lock (_connections)
        {
            if (connection.ParticipantId is { } participantId && _windows.GetValueOrDefault(participantId) >= perParticipantCap)
            {
                return false;
            }

            if (connection.IsBoard && _connections.Values.Count(c => c.IsBoard) >= boardCap)
            {
                return false;
            }

            // A connection registers once (SignalR connects it once); a repeat changes nothing.
            if (_connections.TryAdd(connectionId, connection) && connection.ParticipantId is { } joining)
            {
                _windows[joining] = _windows.GetValueOrDefault(joining) + 1;
            }

            _presenceDirty = true;
            return true;
        }
    }

    public bool Remove(string connectionId)
    {
        lock (_connections)
        {
            _presenceDirty = true;
            if (!_connections.Remove(connectionId, out var connection))
            {
                return false;
            }

            if (connection.ParticipantId is { } leaving)
            {
                var open = _windows.GetValueOrDefault(leaving);
                if (open <= 1)
                {
                    _windows.TryRemove(leaving, out _);
                }
                else
                {
                    _windows[leaving] = open - 1;
                }
            }

            return true;
        }
    }

    public Task SessionChanged(SessionView view)
    {
        if (!Remember(view))
        {
            return Task.CompletedTask;
        }

        CloseRemovedParticipants(view);
        return Task.WhenAll(
            _hub.Clients.Group(SessionGroups.Facilitators(_sessionId)).SessionChanged(view),
            _hub.Clients.Groups(SessionGroups.Boards(_sessionId), SessionGroups.Phones(_sessionId)).SessionChanged(view.ForAudience()),
            view.Grant is { } grant
                ? _hub.Clients.Group(SessionGroups.Participant(_sessionId, grant.ParticipantId)).ConsoleSessionChanged(view)
                : Task.CompletedTask);
    }

    /// <summary>
    /// Forwarded every time, even when this node has seen the version: the session re-sends an activity
    /// when it is put on screen, for browsers that connected after its last change. Browsers drop repeats.
    /// </summary>
    public async Task ActivityChanged(ActivityView view)
    {
        var started = Stopwatch.GetTimestamp();
        var forAudience = view.ForAudience();
        await Task.WhenAll(
            _hub.Clients.Group(SessionGroups.Facilitators(_sessionId)).ActivityChanged(view),
            _hub.Clients.Group(SessionGroups.Boards(_sessionId)).ActivityChanged(forAudience),
            _phones.OfferAsync(forAudience),
            // The participant holding the facilitator role steers this activity from their phone: the
            // facilitator's view, to their devices only, and only for what their turn covers.
            Latest?.Grant is { } grant && grant.Covers(view.ActivityId)
                ? _hub.Clients.Group(SessionGroups.Participant(_sessionId, grant.ParticipantId)).ConsoleActivityChanged(view)
                : Task.CompletedTask);
        LiveMetrics.FanOutDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// Moderation or a teammate changed these participants' contributions (as stored): each goes to its
    /// participant's devices on this node, paced (<see cref="ContributionPacing"/>). A participant with no
    /// device here has no group here either, which SignalR finds with one look-up, so there is no need to
    /// gather who is connected first.
    /// </summary>
    public async Task ContributionsChanged(string activityId, IReadOnlyDictionary<string, Contribution> contributions)
    {
        if (Latest?.Activities.Any(a => a.ActivityId == activityId) != true)
        {
            return;
        }

        try
        {
            await _contributions.OfferAsync(contributions);
        }
        catch (Exception failure)
        {
            // The devices read their contribution again when they reconnect.
            _logger.LogDebug(failure, "Could not send changed contributions in session {SessionId}", _sessionId);
        }
    }

    /// <summary>
    /// The window <paramref name="connectionId"/> got <paramref name="contribution"/> with the receipt of
    /// its input: the participant's other windows here follow along, and a teammate's change the receipt
    /// carries no longer needs to be sent on its own (see <see cref="ContributionPacing.Delivered"/>).
    /// </summary>
    public Task DeliveredAsync(string connectionId, string participantId, Contribution contribution)
    {
        _contributions.Delivered(participantId, contribution);
        // Almost every participant has one window: then there is no one else to tell, and no group to look up.
        return _windows.GetValueOrDefault(participantId) > 1
            ? _hub.Clients.GroupExcept(SessionGroups.Participant(_sessionId, participantId), connectionId).ContributionChanged(contribution)
            : Task.CompletedTask;
    }

    public async Task CredentialsRevoked(CredentialRevocation revocation)
    {
        _revoked.Add(revocation);
        List<(string Id, LiveConnection Connection)> closing;
        lock (_connections)
        {
            closing = _connections
                .Where(c => revocation.ClosedSessionId == _sessionId || RevokedCredentials.Names(revocation, c.Value.ParticipantId, c.Value.FacilitatorKeyId, c.Value.Context.User?.CredentialTagOf()))
                .Select(c => (c.Key, c.Value))
                .ToList();
        }

        await CloseAsync(closing, revocation.Message);
        if (closing.Count > 0)
        {
            SecurityLog.ConnectionsClosed(_logger, closing.Count, revocation.TeamId);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        await _loop.ConfigureAwait(false);
        try
        {
            await _grains.GetGrain<ISessionGrain>(_sessionId).Detach(_nodeId).WaitAsync(TimeSpan.FromSeconds(5));
            ObserverRelease.DeleteLater(_grains, _reference);
        }
        catch (Exception failure)
        {
            // Shutting down, or the silo is gone: the session grain forgets us when the lease expires.
            _logger.LogDebug(failure, "Could not detach from session {SessionId}; its lease will expire", _sessionId);
        }

        _stopping.Dispose();
    }

    /// <summary>
    /// A safety net for a revocation this node missed (it was between subscriptions when it was sent):
    /// any participant connection the session no longer lists is closed. Only views at least as new as
    /// a connection's admission count, so a late, older view never closes someone who just joined.
    /// </summary>
    private void CloseRemovedParticipants(SessionView view)
    {
        List<(string Id, LiveConnection Connection)> closing;
        lock (_connections)
        {
            if (_connections.Count == 0)
            {
                return;
            }

            var members = view.Participants.Select(p => p.ParticipantId).ToHashSet();
            closing = _connections
                .Where(c => c.Value.ParticipantId is { } id && view.Version >= c.Value.AdmittedAtVersion && !members.Contains(id))
                .Select(c => (c.Key, c.Value))
                .ToList();
        }

        if (closing.Count > 0)
        {
            _ = CloseAsync(closing, LapsedCredentialMessages.RemovedMember);
        }
    }

    /// <summary>
    /// The same safety net for facilitator keys, which session views do not carry: on every renewal, a
    /// console whose key the team no longer has is closed. One small call, and only while a facilitator
    /// of this session is connected here.
    /// </summary>
    private async Task CloseRevokedKeysAsync(string teamId)
    {
        List<(string Id, LiveConnection Connection)> consoles;
        lock (_connections)
        {
            consoles = _connections.Where(c => c.Value.FacilitatorKeyId is not null).Select(c => (c.Key, c.Value)).ToList();
        }

        if (consoles.Count == 0)
        {
            return;
        }

        var keys = (await _grains.GetGrain<ITeamGrain>(teamId).GetFacilitatorKeys().WaitAsync(AttachTimeout)).Select(k => k.KeyId).ToHashSet();
        var closing = consoles.Where(c => !keys.Contains(c.Connection.FacilitatorKeyId!)).ToList();
        if (closing.Count > 0)
        {
            await CloseAsync(closing, LapsedCredentialMessages.LostKey);
        }
    }

    private async Task CloseAsync(List<(string Id, LiveConnection Connection)> closing, string message)
    {
        foreach (var (id, connection) in closing)
        {
            await RevokedConnection.CloseAsync(connection.Context, () => _hub.Clients.Client(id).CredentialRevoked(message), _logger);
        }
    }

    private bool Remember(SessionView view)
    {
        while (true)
        {
            var current = Volatile.Read(ref _latest);
            if (current is not null && current.Version >= view.Version)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _latest, view, current) == current)
            {
                return true;
            }
        }
    }

    private async Task KeepAttachedAsync()
    {
        using var timer = new PeriodicTimer(PresenceFlushInterval);
        do
        {
            string[] present;
            bool renewing;
            lock (_connections)
            {
                renewing = DateTime.UtcNow >= _renewDue;
                if (!_presenceDirty && !renewing)
                {
                    continue;
                }

                _presenceDirty = false;
                present = _connections.Values.Select(c => c.ParticipantId).OfType<string>().Distinct().ToArray();
            }

            try
            {
                // Bounded, so that while a crashed node is not yet declared dead the loop keeps its rhythm.
                var view = await _grains.GetGrain<ISessionGrain>(_sessionId).Attach(_nodeId, _reference, present).WaitAsync(AttachTimeout);
                _renewDue = DateTime.UtcNow + RenewalInterval;
                await SessionChanged(view);
                if (renewing)
                {
                    await CloseRevokedKeysAsync(view.TeamId);
                }
            }
            catch (Exception failure) when (!_stopping.IsCancellationRequested)
            {
                // Try again on the next tick; browsers keep their last snapshot meanwhile.
                lock (_connections)
                {
                    _presenceDirty = true;
                }

                _logger.LogWarning(failure, "Could not attach to session {SessionId}", _sessionId);
            }
        }
        while (await WaitAsync(timer));
    }

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
