using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Grains.Activities;
using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Telemetry;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Grains.Activities.Intake;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace AntiLeadership.Live.Grains.Sessions;

/// <summary>
/// Reentrant for group commit (a room joining at once shares writes) and so that slow calls to an
/// activity do not hold up presence reports. State changes happen synchronously before each await,
/// and anything decided before an await is checked again after it.
/// </summary>
[Reentrant]
public sealed partial class SessionGrain(
    [PersistentState("session", StorageNames.Sessions)] IPersistentState<SessionState> stored,
    TimeProvider time,
    IOptions<IntakeOptions> intake,
    ILogger<SessionGrain> logger) : Grain, ISessionGrain
{
    private static readonly TimeSpan PushInterval = TimeSpan.FromMilliseconds(100);

    // Who is present changes with every phone that connects; while a room of thousands arrives, a
    // head count once a second is plenty and keeps the pushes to every browser few.
    private static readonly TimeSpan PresencePushInterval = TimeSpan.FromSeconds(1);

    // Web nodes renew every few seconds; one that has missed several renewals is gone.
    private static readonly TimeSpan AttachmentLifetime = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan NodeAnswerTimeout = TimeSpan.FromSeconds(3);

    private readonly Dictionary<string, NodeAttachment> _nodes = [];
    private GroupCommit _commit = null!;
    private CoalescingPublisher<SessionView> _publisher = null!;
    private CoalescingPublisher<SessionView> _presencePublisher = null!;
    private VersionClock _clock = null!;
    private long _version;
    private HashSet<string> _present = [];

    private SessionState State => stored.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _commit = new GroupCommit(WriteAsync, DeactivateOnIdle);
        _clock = new VersionClock(State.Version);

        // Presence changes were pushed with versions from the clock, above the stored one: the first
        // snapshot of a new activation must be newer than those, or reconnecting screens would drop it.
        _version = _clock.Next();
        _publisher = new CoalescingPublisher<SessionView>(this, PushToNodes, PushInterval);
        _presencePublisher = new CoalescingPublisher<SessionView>(this, PushToNodes, PresencePushInterval);
        this.RegisterGrainTimer(PruneExpiredNodes, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        return Task.CompletedTask;
    }

    public async Task<CommandOutcome> Open(SessionOpening opening)
    {
        if (State.IsOpen)
        {
            if (State.TeamId != opening.TeamId || State.JoinCode != opening.JoinCode)
            {
                return CommandOutcome.Refused("This session already exists.");
            }

            // A repeat (its first write may have failed): done only once the opening is stored.
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        var (title, problem) = SessionRules.Title(opening.Title);
        if (problem is not null)
        {
            return CommandOutcome.Refused(problem);
        }

        // The team's name is the team's to check; a team named before the rules of today still opens sessions.
        State.TeamId = opening.TeamId;
        State.TeamName = opening.TeamName;
        State.Title = title;
        State.JoinCode = opening.JoinCode;
        await StoreAndPublishAsync();
        return CommandOutcome.Done;
    }

    public async Task<CommandOutcome> Join(string participantId, string displayName)
    {
        if (!State.IsOpen)
        {
            return CommandOutcome.Refused("This session does not exist.");
        }

        var (name, problem) = SessionRules.DisplayName(displayName);
        if (problem is not null)
        {
            return CommandOutcome.Refused(problem);
        }

        var member = State.Members.Find(m => m.ParticipantId == participantId);
        if (member?.DisplayName == name)
        {
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        if (member is null)
        {
            State.Members.Add(new SessionMember { ParticipantId = participantId, DisplayName = name });
        }
        else
        {
            member.DisplayName = name;
        }

        await StoreAndPublishAsync();
        return CommandOutcome.Done;
    }

    public async Task<CommandOutcome> AddActivity(string activityId, ActivitySetup setup)
    {
        if (!State.IsOpen)
        {
            return CommandOutcome.Refused("This session does not exist.");
        }

        if (!SessionRules.IsValidActivityId(activityId))
        {
            return CommandOutcome.Refused("That activity id is not valid.");
        }

        if (ActivityCatalog.Find(setup.Kind) is not { } kind)
        {
            return CommandOutcome.Refused("There is no such kind of activity.");
        }

        var known = State.Agenda.Find(a => a.ActivityId == activityId);
        if (known is not null && known.Kind != kind.Name)
        {
            return CommandOutcome.Refused("This activity is already on the agenda as another kind.");
        }

        if (known is null && State.Agenda.Count >= SessionRules.MaxActivities)
        {
            return CommandOutcome.Refused($"A session can hold at most {SessionRules.MaxActivities} activities.");
        }

        // Known before it exists, so a session deleted after a failure here still forgets it.
        if (!await RecordMadeAsync(activityId, kind.Name))
        {
            return TooManyMade;
        }

        // The activity stores its setup first: if we fail after that, the facilitator's retry (same id)
        // finds it set up and only the agenda entry is added.
        setup = setup with { IntakeShards = intake.Value.For(kind, setup) };
        var outcome = await kind.Grain(GrainFactory, activityId).SetUp(this.GetPrimaryKeyString(), setup);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        if (known is not null || State.Agenda.Exists(a => a.ActivityId == activityId))
        {
            // A retry, or a concurrent copy of the same request that added it while we waited: done
            // once the agenda entry is stored (the write that carried it may have failed).
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        var item = new AgendaItem
        {
            ActivityId = activityId,
            Kind = kind.Name,
            Title = ActivityRules.Title(setup.Title).Text,
            SetupJson = JsonSerializer.Serialize(setup, kind.SetupType, SetupJson),
            IntakeShards = setup.IntakeShards,
        };
        State.Agenda.Add(item);
        State.CurrentActivityId ??= activityId;
        State.StepVersion++;
        State.LastActor = "";
        State.LastActorId = "";
        State.LastStep = $"added “{item.Title}”";
        await StoreAndPublishAsync();
        return CommandOutcome.Done;
    }

    public async Task<CommandOutcome> SetJoiningOpen(bool open)
    {
        if (!State.IsOpen)
        {
            return CommandOutcome.Refused("This session does not exist.");
        }

        if (State.JoiningClosed == !open)
        {
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        State.JoiningClosed = !open;
        await StoreAndPublishAsync();
        return CommandOutcome.Done;
    }

    public async Task<SessionView> Attach(string nodeId, ISessionObserver observer, IReadOnlyList<string> presentParticipantIds)
    {
        var members = State.Members.Select(m => m.ParticipantId).ToHashSet();
        var present = presentParticipantIds.Where(members.Contains).ToHashSet();
        var isNew = !_nodes.ContainsKey(nodeId);
        _nodes[nodeId] = new NodeAttachment(observer, DateTime.UtcNow + AttachmentLifetime, present);
        RecountPresence();
        if (isNew && State.Agenda.Find(a => a.ActivityId == State.CurrentActivityId) is { } current && ViewOf(current) is { } view)
        {
            // A node this activation has not heard from may have missed changes while we were
            // elsewhere (a crash moved this grain): give it the activity on screen as it is now.
            _ = observer.ActivityChanged(await view);
        }

        return BuildView();
    }

    public Task Detach(string nodeId)
    {
        if (_nodes.Remove(nodeId))
        {
            RecountPresence();
        }

        return Task.CompletedTask;
    }

    // Already coalesced by the activity; relayed at once so the board sees a vote within one interval.
    public Task ActivityChanged(ActivityView view) => TellNodes(node => node.ActivityChanged(view), "an activity change");

    public Task ContributionsChanged(string activityId, IReadOnlyDictionary<string, Contribution> contributions) =>
        TellNodes(node => node.ContributionsChanged(activityId, contributions), "changed contributions");

    public Task<SessionView> GetView()
    {
        LetGoIfNeverOpened();
        return Task.FromResult(BuildView());
    }

    public async Task Revoke(CredentialRevocation revocation)
    {
        if (revocation.TeamId != State.TeamId)
        {
            return;
        }

        // A member who moved to a new device (a recovery link) is still a member: only the old device's
        // connections close.
        var removed = revocation.SparedCredential is null ? State.Members.RemoveAll(m => revocation.ParticipantIds.Contains(m.ParticipantId)) : 0;
        if (removed > 0)
        {
            if (State.Grant is { } grant && revocation.ParticipantIds.Contains(grant.ParticipantId))
            {
                // Removed from the team: their turn ends with their credential.
                EndTurn(time.GetUtcNow());
            }

            foreach (var (nodeId, node) in _nodes.ToArray())
            {
                _nodes[nodeId] = node with { Present = node.Present.Except(revocation.ParticipantIds).ToHashSet() };
            }

            RecountPresence();
            await StoreAndPublishAsync();
            await SendToRotaAsync();
        }

        await Task.WhenAll(_nodes.Select(async pair =>
        {
            try
            {
                await pair.Value.Observer.CredentialsRevoked(revocation).WaitAsync(NodeAnswerTimeout);
            }
            catch (Exception failure)
            {
                // A node that does not answer is dead or cut off; its connections close with it, and it
                // re-checks membership on its next renewal.
                logger.LogWarning(failure, "Node {NodeId} did not confirm a revocation", pair.Key);
            }
        }));
    }

    public Task<SessionAdmission> Admit(string? participantId, bool facilitator)
    {
        LetGoIfNeverOpened();
        return Task.FromResult(new SessionAdmission(
            BuildView(withParticipants: facilitator),
            participantId is not null && State.Members.Exists(m => m.ParticipantId == participantId)));
    }

    /// <summary>
    /// Asked about an id no session was ever opened under (a mistyped link, or someone probing ids):
    /// give the memory back at once instead of holding an empty activation until it is collected.
    /// A session is opened only under an id nobody has been given yet, so nothing opens it meanwhile.
    /// </summary>
    private void LetGoIfNeverOpened()
    {
        if (!State.IsOpen)
        {
            LiveMetrics.SessionsNotFound.Add(1);
            DeactivateOnIdle();
        }
    }

    private Task StoreAndPublishAsync()
    {
        _version = _clock.Next();
        State.Version = _version;
        return _commit.WhenStoredAsync();
    }

    /// <summary>
    /// Every successful write pushes the view, including one a repeated command waited for: a change
    /// whose first write failed reaches the screens when a later write stores it.
    /// </summary>
    private async Task WriteAsync()
    {
        if (_forgetting)
        {
            throw new InvalidOperationException("This session is being deleted.");
        }

        await stored.WriteStateAsync();
        _publisher.Publish(() => BuildView());
    }

    /// <summary>The activity's current view, or null for an entry of a kind this build does not know (never a grain of the wrong kind).</summary>
    private Task<ActivityView>? ViewOf(AgendaItem item) =>
        ActivityCatalog.GrainOf(GrainFactory, new ActivityListing(item.ActivityId, item.Kind, item.Title))?.GetView();

    private void RecountPresence()
    {
        var present = PresentIds();
        if (!present.SetEquals(_present))
        {
            _present = present;
            _version = _clock.Next();
            _presencePublisher.Publish(() => BuildView());
        }
    }

    private HashSet<string> PresentIds()
    {
        var now = DateTime.UtcNow;
        return _nodes.Values.Where(n => n.ExpiresAt > now).SelectMany(n => n.Present).ToHashSet();
    }

    private Task PruneExpiredNodes()
    {
        var now = DateTime.UtcNow;
        foreach (var nodeId in _nodes.Where(n => n.Value.ExpiresAt <= now).Select(n => n.Key).ToList())
        {
            _nodes.Remove(nodeId);
        }

        RecountPresence();
        // Turns the team's rota could not take when they happened (or before a restart) go again.
        return SendToRotaAsync();
    }

    private Task PushToNodes(SessionView view) => TellNodes(node => node.SessionChanged(view), "a session change");

    /// <summary>
    /// Tells every attached node (one-way calls: a slow or dead node holds up nobody). A node that
    /// cannot be told is dropped when its attachment runs out; it resyncs when it renews.
    /// </summary>
    private Task TellNodes(Action<ISessionObserver> tell, string what)
    {
        foreach (var (nodeId, node) in _nodes)
        {
            try
            {
                tell(node.Observer);
            }
            catch (Exception failure)
            {
                logger.LogWarning(failure, "Could not relay {What} to node {NodeId}", what, nodeId);
            }
        }

        return Task.CompletedTask;
    }

    private SessionView BuildView(bool withParticipants = true)
    {
        var present = _present;
        return new SessionView(
            this.GetPrimaryKeyString(),
            _version,
            State.IsOpen,
            State.TeamId,
            State.TeamName,
            State.Title,
            State.JoinCode,
            present.Count,
            State.Members.Count,
            withParticipants
                ? State.Members.Select(m => new ParticipantPresence(m.ParticipantId, m.DisplayName, present.Contains(m.ParticipantId))).ToArray()
                : [],
            State.Agenda.Select(a => new ActivityListing(a.ActivityId, a.Kind, a.Title, Live.Activities.Intake.IntakeShards.Stored(a.IntakeShards))).ToArray(),
            State.CurrentActivityId,
            !State.JoiningClosed,
            State.StepVersion,
            State.Timer is { } timer ? new StepTimer(timer.ActivityId, timer.EndsAt, timer.PausedSecondsLeft) : null,
            State.Done.Count > 0 ? State.Done[^1].Label : null,
            State.Undone.Count > 0 ? State.Undone[^1].Label : null,
            State.Grant?.ToGrant(),
            FacilitatingName());
    }
}
