using Orleans.Concurrency;
using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Sessions;

/// <summary>
/// One live session of a team: its join code, the agenda of activities and which one is on screen,
/// who has joined and who is present. It is also the one place web nodes subscribe to: each web node
/// with local connections holds one <see cref="ISessionObserver"/> subscription here, and the session
/// relays the (already coalesced) changes of its activities to them. Keyed by the session id.
/// </summary>
public interface ISessionGrain : IGrainWithStringKey, IForgettable
{
    /// <summary>Opens the session. Repeating the same opening is harmless (answered once the opening is stored).</summary>
    Task<CommandOutcome> Open(SessionOpening opening);

    /// <summary>Adds a participant (already enrolled in the team) to this session.</summary>
    Task<CommandOutcome> Join(string participantId, string displayName);

    /// <summary>
    /// Adds an activity of any kind (the kind of <paramref name="setup"/>) to the agenda and sets it up;
    /// shows it when nothing is shown yet. Repeating it with the same id and setup is harmless.
    /// </summary>
    Task<CommandOutcome> AddActivity(string activityId, ActivitySetup setup);

    /// <summary>Puts an activity of the agenda on every screen.</summary>
    Task<CommandOutcome> ShowActivity(string activityId);

    /// <summary>
    /// A facilitator's step on the agenda (see <see cref="AgendaCommands"/>), recorded so that it can be
    /// undone. A command made on an older agenda than this one is refused, telling whose step came
    /// first, unless that step was the same facilitator's (a quick second click that beat the update).
    /// </summary>
    Task<CommandOutcome> Steer(AgendaCommand command, StepActor actor);

    /// <summary>
    /// A facilitator hands the facilitator role to a participant present in the session, for one agenda
    /// item or for the rest of the session (see <see cref="RoleHandOver"/>). A turn given before ends; a
    /// participant can never give it. Recorded in the team's rota.
    /// </summary>
    Task<CommandOutcome> HandOver(RoleHandOver handOver, StepActor actor);

    /// <summary>
    /// Ends the participant's turn: a facilitator takes the role back (refused, like a step, when made on
    /// an older picture of the session), or the participant holding it hands it back. Harmless when nobody
    /// holds it.
    /// </summary>
    Task<CommandOutcome> TakeBack(long? expectedVersion, StepActor actor);

    /// <summary>
    /// One of an activity's own commands (moderation, raise anonymity) from a participant holding the
    /// role: forwarded to the activity only while their turn covers it, checked in the same turn as
    /// every step, so a role taken back stops working at once.
    /// </summary>
    Task<CommandOutcome> SteerActivity(string activityId, ActivityCommand command, StepActor actor);

    /// <summary>
    /// The agenda's items in order, each with the setup it was added with: what a facilitator saves as
    /// a template of the team. For facilitators only (the hub and the API check who asks).
    /// </summary>
    Task<IReadOnlyList<AgendaItemSetup>> GetAgendaSetups();

    /// <summary>
    /// Opens or closes the session to newcomers. Closed, the code still lets the team's own people back
    /// in (a reload, a new phone with their credential), but makes nobody new.
    /// </summary>
    Task<CommandOutcome> SetJoiningOpen(bool open);

    /// <summary>
    /// Subscribes (or renews) a web node's observer and reports which participants are connected to
    /// that node. Returns the current view so the node can resync its browsers.
    /// </summary>
    Task<SessionView> Attach(string nodeId, ISessionObserver observer, IReadOnlyList<string> presentParticipantIds);

    /// <summary>Removes a web node's subscription and its presence report.</summary>
    Task Detach(string nodeId);

    /// <summary>Called by this session's activities after each stored change (coalesced there).</summary>
    [OneWay]
    Task ActivityChanged(ActivityView view);

    /// <summary>
    /// Called by an activity when participants' contributions changed through someone else (moderation,
    /// a teammate's input), once stored, with those contributions as stored (participant id → contribution):
    /// relayed to every web node, which tells those participants' devices.
    /// </summary>
    [OneWay]
    Task ContributionsChanged(string activityId, IReadOnlyDictionary<string, Contribution> contributions);

    Task<SessionView> GetView();

    /// <summary>
    /// Drops revoked participants from the session and tells every attached web node, waiting (briefly)
    /// until they have closed the connections concerned.
    /// </summary>
    Task Revoke(CredentialRevocation revocation);

    /// <summary>
    /// The view for a connecting browser (with the list of names only for a facilitator) and whether
    /// <paramref name="participantId"/> joined. Cheap for the audience: no name list is built.
    /// </summary>
    Task<SessionAdmission> Admit(string? participantId, bool facilitator);

    /// <summary>
    /// Notes a card image uploaded for this session (before the image is stored), so deleting the
    /// session deletes it too. Refused when the session does not exist or holds too many.
    /// </summary>
    Task<CommandOutcome> RecordImage(string imageId);
}
