using System.Text.Json;
using System.Text.RegularExpressions;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Telemetry;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Web.Api;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// The one live channel for facilitators, phones and the board. Thin on purpose: it checks who the
/// connection is (from its credential, never from arguments) and which session it joined, then asks
/// the grains. Snapshots reach browsers through <see cref="SessionFanOut"/>, not through this hub.
/// </summary>
public sealed partial class WorkshopHub(IGrainFactory grains, SessionFanOut fanOut, IntakeLanes lanes, SessionIdGuard sessions, TimeProvider time, ILogger<WorkshopHub> logger) : Hub<IWorkshopClient>
{
    [AllowAnonymous]
    public override async Task OnConnectedAsync()
    {
        var sessionId = Context.GetHttpContext()?.Request.Query["session"].ToString() ?? "";
        var user = Context.User!;
        if (CredentialAuthenticationHandler.CouldNotCheck(Context.GetHttpContext()))
        {
            throw new HubException(CredentialAuthenticationHandler.Unchecked);
        }

        if (user.Identity?.IsAuthenticated != true && OfferedCredential())
        {
            // A credential was offered but is not valid: say so instead of quietly showing the room's view.
            SecurityLog.NotAllowed(logger, "an invalid credential", null, $"connect to session {LoggableId(sessionId)}");
            throw new HubException("This link is not valid (any more). Ask the facilitator for a new one.");
        }

        var facilitator = user.IsFacilitator();
        var participantId = user.IsParticipant() ? user.ParticipantId() : null;
        // An unknown id counts against the address like a wrong join code; the team's own people are never held back.
        // A session whose node just died comes back on a live one within seconds: wait that out here
        // rather than send every phone of the room into its back-off at once.
        var (admission, wait) = await WaitOutNodeLossAsync(() => sessions.AskAsync(
            sessionId,
            ClientAddress.Of(Context.GetHttpContext()),
            facilitator || participantId is not null ? user.TeamId() : null,
            session => session.Admit(participantId, facilitator),
            answer => answer.View.Exists));
        if (wait is { } seconds)
        {
            throw new HubException(ApiError.TryAgainIn("Too many attempts", seconds));
        }

        if (admission is null)
        {
            throw new HubException(SessionsApi.NotFound);
        }

        var session = admission.View;
        if ((facilitator || participantId is not null) && user.TeamId() != session.TeamId)
        {
            SecurityLog.NotAllowed(logger, user.Describe(), user.TeamId(), $"connect to session {sessionId} of another team");
            throw new HubException("This link belongs to another team.");
        }

        if (participantId is not null && !admission.IsMember)
        {
            throw new HubException("Join this session with its code first.");
        }

        var connection = new LiveConnection(sessionId, participantId, user.FacilitatorKeyId(), session.Version, Context);
        if (!fanOut.TryConnect(sessionId, Context.ConnectionId, connection))
        {
            // Retried by the page: connections a flapping Wi-Fi left behind time out within half a minute.
            if (connection.IsBoard)
            {
                SecurityLog.NotAllowed(logger, $"a room display at {ClientAddress.Of(Context.GetHttpContext())}", session.TeamId, $"open more boards of session {sessionId}");
                throw new HubException($"This session already has {fanOut.MaxBoardsPerSession} room displays open. Close one; this one will try again in 10 s.");
            }

            SecurityLog.NotAllowed(logger, $"participant {participantId}", session.TeamId, "open more connections");
            throw new HubException("You have too many windows open for this session. Close one; this one will try again in 10 s.");
        }

        try
        {
            await WelcomeAsync(session, facilitator, participantId);
        }
        catch (Exception failure)
        {
            // SignalR does not call OnDisconnectedAsync for a connection whose OnConnectedAsync failed
            // (a grain that cannot load during a storage outage, say): let go of it here, or it would
            // stay counted as present and hold one of the participant's windows for good. Logged here
            // because SignalR's own log of it is turned down (see LiveServices).
            await fanOut.DisconnectAsync(sessionId, Context.ConnectionId);
            if (NodeLoss.Caused(failure))
            {
                // Expected for seconds after a node dies, once per phone of it: one line each, no stack trace.
                logger.LogWarning("Could not welcome a connection to session {SessionId} ({Failure}); the browser will try again", sessionId, failure.GetType().Name);
                throw new HubException(ApiError.TryAgainIn("The server is moving this session to another machine", TimeSpan.FromSeconds(1)));
            }

            logger.LogWarning(failure, "Could not welcome a connection to session {SessionId}; the browser will try again", sessionId);
            throw;
        }

        connection.KeepWithConnection();
        LiveMetrics.Connections.Add(1);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (LiveConnection.Of(Context) is { } connection)
        {
            LiveMetrics.Connections.Add(-1);
            await fanOut.DisconnectAsync(connection.SessionId, Context.ConnectionId);
        }
    }

    /// <summary>Adds an activity of <paramref name="kind"/> to the agenda; <paramref name="setup"/> is that kind's settings.</summary>
    [Authorize(Policy = LivePolicies.Facilitator)]
    public async Task<string> AddActivity(string requestId, string kind, JsonElement setup)
    {
        if (!RequestIdPattern().IsMatch(requestId ?? ""))
        {
            throw new HubException("This request is missing its id. Reload the page and try again.");
        }

        var activityKind = ActivityJson.Kind(kind);
        var activityId = $"{SessionId}-{requestId}";
        Ensure(await grains.GetGrain<ISessionGrain>(SessionId).AddActivity(activityId, ActivityJson.Setup(activityKind, setup)));
        return activityId;
    }

    [Authorize(Policy = LivePolicies.Facilitator)]
    public async Task SetJoiningOpen(bool open) => Ensure(await grains.GetGrain<ISessionGrain>(SessionId).SetJoiningOpen(open));

    [Authorize(Policy = LivePolicies.Facilitator)]
    public Task ShowActivity(string activityId) => StepAgenda(new AgendaCommand(AgendaCommands.Show, activityId));

    /// <summary>
    /// A step on the agenda (see <see cref="AgendaCommands"/>): show, move, copy, remove, open/close/reveal,
    /// the timer, undo, redo. A participant's step is taken only within the role handed to them.
    /// </summary>
    [Authorize(Policy = LivePolicies.Steering)]
    public async Task StepAgenda(AgendaCommand command)
    {
        if (command?.Name is null)
        {
            throw new HubException("This command has no name. Reload the page and try again.");
        }

        EnsureSteering(await grains.GetGrain<ISessionGrain>(SessionId).Steer(command, Actor()), $"take the agenda step {command.Name} without the facilitator role");
    }

    /// <summary>
    /// Open, close, timer, reveal, raise anonymity (see <see cref="ActivityCommands"/>), or one of the kind's
    /// own commands. A participant's command goes through the session, which checks the role handed to them.
    /// </summary>
    [Authorize(Policy = LivePolicies.Steering)]
    public async Task SteerActivity(string activityId, ActivityCommand command)
    {
        if (command?.Name is null)
        {
            throw new HubException("This command has no name. Reload the page and try again.");
        }

        var (_, activity, _) = await FindAsync(SessionId, activityId);
        if (command.Name is ActivityCommands.Open or ActivityCommands.Close or ActivityCommands.Reveal)
        {
            // Through the agenda, so that undo can take it back.
            await StepAgenda(new AgendaCommand(command.Name, activityId));
            return;
        }

        EnsureSteering(
            Context.User!.IsParticipant()
                ? await grains.GetGrain<ISessionGrain>(SessionId).SteerActivity(activityId, command, Actor())
                : await activity.Steer(command),
            $"steer an activity ({command.Name}) without the facilitator role");
    }

    /// <summary>A participant's input to an activity, in the shape of the activity's kind; answered once it is stored.</summary>
    [Authorize(Policy = LivePolicies.Participant)]
    public async Task<SubmitAnswer> Submit(string activityId, string submissionId, JsonElement input)
    {
        var connection = Connection;
        var (kind, activity, listing) = await FindAsync(connection.SessionId, activityId);
        var participantId = connection.ParticipantId!;
        var receipt = await lanes.SubmitAsync(IntakeOf(listing, activity, participantId), new Submission(participantId, submissionId ?? "", ActivityJson.Input(kind, input)));
        if (receipt.Accepted)
        {
            await fanOut.DeliveredAsync(connection.SessionId, Context.ConnectionId, participantId, receipt.Contribution);
        }

        return new SubmitAnswer(receipt.Accepted, receipt.AlreadyCounted, receipt.Rejection, receipt.Contribution);
    }

    /// <summary>
    /// An earlier (or later) activity of the agenda as the room sees it, with the caller's own part: a
    /// phone looking back while the facilitator is elsewhere. Read-only: input goes to the one on screen.
    /// </summary>
    [Authorize(Policy = LivePolicies.Participant)]
    public async Task<LookBack> LookBack(string activityId)
    {
        var (_, activity, listing) = await FindAsync(SessionId, activityId);
        var participantId = Connection.ParticipantId!;
        return new LookBack((await activity.GetView()).ForAudience(), await IntakeOf(listing, activity, participantId).GetContribution(participantId));
    }

    /// <summary>The caller's own contribution to an activity, as stored.</summary>
    [Authorize(Policy = LivePolicies.Participant)]
    public async Task<object> GetContribution(string activityId)
    {
        var (_, activity, listing) = await FindAsync(SessionId, activityId);
        var participantId = Connection.ParticipantId!;
        return await IntakeOf(listing, activity, participantId).GetContribution(participantId);
    }

    /// <summary>Puts a new connection in its groups and sends it the full current picture.</summary>
    private async Task WelcomeAsync(SessionView session, bool facilitator, string? participantId)
    {
        var sessionId = session.SessionId;
        if (facilitator)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, SessionGroups.Facilitators(sessionId));
        }
        else if (participantId is not null)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, SessionGroups.Phones(sessionId));
            await Groups.AddToGroupAsync(Context.ConnectionId, SessionGroups.Participant(sessionId, participantId));
        }
        else
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, SessionGroups.Boards(sessionId));
        }

        // Every (re)connect starts from the full current picture; later pushes only ever replace it with newer ones.
        await Clients.Caller.SessionChanged(session);
        var listing = session.Activities.FirstOrDefault(a => a.ActivityId == session.CurrentActivityId);
        if (listing is not null && ActivityCatalog.GrainOf(grains, listing) is { } current)
        {
            // Reads, so safe to repeat while the activity's grain moves off a node that died.
            var activity = await WaitOutNodeLossAsync(current.GetView);
            await Clients.Caller.ActivityChanged(facilitator ? activity : activity.ForAudience());
            if (participantId is not null)
            {
                var intake = IntakeOf(listing, current, participantId);
                var contribution = await WaitOutNodeLossAsync(() => intake.GetContribution(participantId));
                await Clients.Caller.ContributionChanged(contribution);
            }
        }
    }

    /// <summary>The calling connection, as admitted by <see cref="OnConnectedAsync"/> (hub methods run only after it).</summary>
    private LiveConnection Connection => LiveConnection.Of(Context)!;

    private string SessionId => Connection.SessionId;

    /// <summary>A read on the connect path, repeated while its grain moves off a node that died (see <see cref="NodeLoss"/>).</summary>
    private Task<T> WaitOutNodeLossAsync<T>(Func<Task<T>> read) =>
        NodeLoss.WaitOutAsync(read, NodeLoss.ConnectPatience, time, Context.ConnectionAborted);

    /// <summary>A session id from the query string goes into the log only when it has the shape of one.</summary>
    private static string LoggableId(string offered) => Credential.IsId(offered) ? offered : "(malformed)";

    private bool OfferedCredential() =>
        Context.GetHttpContext()?.Request is { } request
        && (request.Headers.Authorization.Count > 0 || request.Query.ContainsKey("access_token"));

    /// <summary>The activity, its kind and its agenda entry, once we know it belongs to this connection's session.</summary>
    private async Task<(ActivityKind Kind, IActivityGrain Activity, ActivityListing Listing)> FindAsync(string sessionId, string activityId)
    {
        if (fanOut.ListedActivity(sessionId, activityId) is { } listed)
        {
            return listed;
        }

        // The node may not have seen a just-added activity yet: ask the session itself.
        var listing = (await grains.GetGrain<ISessionGrain>(sessionId).GetView()).Listing(activityId);
        if (listing is null || ActivityCatalog.Find(listing.Kind) is not { } kind)
        {
            throw new HubException("That activity is not part of this session.");
        }

        return (kind, kind.Grain(grains, activityId), listing);
    }

    /// <summary>Where the participant's input to the entry goes: the activity, or the shard that owns them.</summary>
    private IActivityIntake IntakeOf(ActivityListing listing, IActivityGrain activity, string participantId) =>
        ActivityCatalog.IntakeOf(grains, listing, activity, participantId);

    private static void Ensure(CommandOutcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new HubException(outcome.Rejection);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{8,40}$")]
    private static partial Regex RequestIdPattern();
}
