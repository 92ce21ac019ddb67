using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Web.Credentials;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// Leadership handed round: a facilitator hands the role to a participant and takes it back; the
/// participant hands it back or asks for the console's picture of what they were given. Who acts is
/// always the connection's credential (<see cref="Actor"/>); whether a participant may act is the
/// session grain's to say, on every command.
/// </summary>
public sealed partial class WorkshopHub
{
    /// <summary>Hands the facilitator role to a participant present in the session, for one agenda item or the rest of the session.</summary>
    [Authorize(Policy = LivePolicies.Facilitator)]
    public async Task HandOver(RoleHandOver handOver)
    {
        if (handOver?.ParticipantId is null)
        {
            throw new HubException("Choose who to hand the role to.");
        }

        Ensure(await grains.GetGrain<ISessionGrain>(SessionId).HandOver(handOver, Actor()));
    }

    /// <summary>Takes the role back from the participant holding it, on the picture of the session the console showed.</summary>
    [Authorize(Policy = LivePolicies.Facilitator)]
    public async Task TakeBack(long? expectedVersion) =>
        Ensure(await grains.GetGrain<ISessionGrain>(SessionId).TakeBack(expectedVersion, Actor()));

    /// <summary>The participant holding the role hands it back to the facilitators.</summary>
    [Authorize(Policy = LivePolicies.Participant)]
    public async Task HandBack() =>
        EnsureSteering(await grains.GetGrain<ISessionGrain>(SessionId).TakeBack(null, Actor()), "end someone else's turn at facilitating");

    /// <summary>
    /// The console's picture for the participant holding the role: the whole session view and the
    /// facilitator's view of the activity their turn covers (the item on screen, for a whole session).
    /// Later changes are pushed to their devices (ConsoleSessionChanged, ConsoleActivityChanged).
    /// </summary>
    [Authorize(Policy = LivePolicies.Participant)]
    public async Task<HandedConsole> GetConsole()
    {
        var session = await grains.GetGrain<ISessionGrain>(SessionId).GetView();
        if (session.Grant is not { } grant || grant.ParticipantId != Context.User!.ParticipantId())
        {
            throw new HubException("You are not facilitating now.");
        }

        var listing = session.Activities.FirstOrDefault(a => a.ActivityId == (grant.ActivityId ?? session.CurrentActivityId));
        var activity = listing is null ? null : ActivityCatalog.GrainOf(grains, listing);
        return new HandedConsole(session, activity is null ? null : await activity.GetView());
    }

    /// <summary>Who is acting, from the connection's credential: a facilitator's key and label, or a participant's id and name.</summary>
    private StepActor Actor()
    {
        var user = Context.User!;
        return user.ParticipantId() is { } participantId
            ? StepActor.Participant(participantId, user.Identity?.Name ?? "")
            : new StepActor(user.FacilitatorKeyId() ?? "", user.Identity?.Name ?? "");
    }

    /// <summary>As <see cref="Ensure"/>, and a participant refused for not holding the role is a security event.</summary>
    private void EnsureSteering(CommandOutcome outcome, string what)
    {
        if (!outcome.Succeeded && outcome.Rejection == RoleGrant.NotHanded)
        {
            SecurityLog.NotAllowed(logger, Context.User!.Describe(), Context.User!.TeamId(), what);
        }

        Ensure(outcome);
    }
}
