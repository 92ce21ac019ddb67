using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Grains.Sessions;

/// <summary>
/// Leadership handed round: a facilitator hands the role to a participant for one agenda item or for the
/// rest of the session, and takes it back. The participant steers from their phone through the same
/// steps, checked here behind the same one-step-at-a-time gate as every step, so a turn taken back or
/// over stops working at once. A turn for one item ends when the screens move on from it. Each turn goes
/// to the team's rota (SessionGrain.Rota.cs).
/// </summary>
public sealed partial class SessionGrain
{
    /// <summary>The steps on one activity a turn for that activity allows (and may undo).</summary>
    private static readonly HashSet<string> StepsOnOneActivity =
    [
        AgendaCommands.Open, AgendaCommands.Close, AgendaCommands.Reveal, AgendaCommands.StartTimer,
        AgendaCommands.AddTime, AgendaCommands.PauseTimer, AgendaCommands.ResumeTimer, AgendaCommands.StopTimer,
    ];

    public async Task<CommandOutcome> HandOver(RoleHandOver handOver, StepActor actor)
    {
        var outcome = await InTurnAsync(async () =>
        {
            if (actor.IsParticipant)
            {
                return CommandOutcome.Refused("Only a facilitator can hand the facilitator role to someone.");
            }

            if (Stale(handOver.ExpectedVersion, actor) is { } stale)
            {
                return stale;
            }

            if (State.Members.Find(m => m.ParticipantId == handOver.ParticipantId) is not { } member)
            {
                return CommandOutcome.Refused("That person has not joined this session.");
            }

            var item = handOver.ActivityId is null ? null : Find(handOver.ActivityId);
            if (handOver.ActivityId is not null && item is null)
            {
                return NotOnAgenda;
            }

            if (State.Grant is { } held && held.ParticipantId == member.ParticipantId && held.ActivityId == item?.ActivityId)
            {
                // A repeat (its first write may have failed): done once storage holds it.
                await _commit.WhenCaughtUpAsync();
                return CommandOutcome.Done;
            }

            if (!_present.Contains(member.ParticipantId))
            {
                return CommandOutcome.Refused($"{member.DisplayName}’s phone is not connected right now. Hand the role to someone whose phone is here.");
            }

            var now = time.GetUtcNow();
            EndTurn(now);
            State.Grant = new StoredGrant
            {
                GrantId = Guid.NewGuid().ToString("N"),
                ParticipantId = member.ParticipantId,
                Name = member.DisplayName,
                ActivityId = item?.ActivityId,
                ActivityTitle = item?.Title,
                Since = now,
                GivenBy = actor.Name,
            };
            State.RotaOutbox.Add(RotaEntryOf(State.Grant, until: null));
            await RecordAsync(actor, $"handed the facilitator role to {member.DisplayName} {(item is null ? "for the rest of the session" : $"for “{item.Title}”")}");
            return CommandOutcome.Done;
        });
        await SendToRotaAsync();
        return outcome;
    }

    public async Task<CommandOutcome> TakeBack(long? expectedVersion, StepActor actor)
    {
        var outcome = await InTurnAsync(async () =>
        {
            if (State.Grant is not { } grant)
            {
                await _commit.WhenCaughtUpAsync();
                return CommandOutcome.Done;
            }

            if (actor.IsParticipant && grant.ParticipantId != actor.Id)
            {
                return CommandOutcome.Refused(RoleGrant.NotHanded);
            }

            // A facilitator's take-back made before someone handed the role on must not end the new turn.
            if (!actor.IsParticipant && Stale(expectedVersion, actor) is { } stale)
            {
                return stale;
            }

            EndTurn(time.GetUtcNow());
            if (State.FacilitatorLabel.Length == 0)
            {
                State.FacilitatorLabel = grant.GivenBy;
            }

            await RecordAsync(actor, actor.IsParticipant ? "handed the facilitator role back" : $"took the facilitator role back from {grant.Name}");
            return CommandOutcome.Done;
        });
        await SendToRotaAsync();
        return outcome;
    }

    public Task<CommandOutcome> SteerActivity(string activityId, ActivityCommand command, StepActor actor) => InTurnAsync(async () =>
    {
        if (Find(activityId) is not { } item || GrainOf(item) is not { } activity)
        {
            return NotOnAgenda;
        }

        if (actor.IsParticipant && !(State.Grant?.ToGrant() is { } grant && grant.ParticipantId == actor.Id && grant.Covers(activityId)))
        {
            return CommandOutcome.Refused(RoleGrant.NotHanded);
        }

        // Open, close and reveal are agenda steps wherever they come from, so undo can take them back.
        return command.Name is ActivityCommands.Open or ActivityCommands.Close or ActivityCommands.Reveal
            ? await SteerActivityAsync(new AgendaCommand(command.Name, activityId), actor)
            : await activity.Steer(command);
    });

    /// <summary>Runs a command behind the gate every step passes, on an open session.</summary>
    private async Task<CommandOutcome> InTurnAsync(Func<Task<CommandOutcome>> command)
    {
        await _oneStepAtATime.WaitAsync();
        try
        {
            return State.IsOpen ? await command() : CommandOutcome.Refused("This session does not exist.");
        }
        finally
        {
            _oneStepAtATime.Release();
        }
    }

    /// <summary>
    /// Why a participant may not take this agenda step: not holding the role, or outside their turn. A
    /// turn for the session allows every step; a turn for one item allows showing it, its own steps
    /// (open, close, reveal, the timer) and their undo, and moving on to the item after it.
    /// </summary>
    private CommandOutcome? OutsideTurn(AgendaCommand command, StepActor actor)
    {
        if (State.Grant is not { } grant || grant.ParticipantId != actor.Id)
        {
            return CommandOutcome.Refused(RoleGrant.NotHanded);
        }

        if (grant.ActivityId is not { } mine)
        {
            return null;
        }

        var allowed = command.Name switch
        {
            AgendaCommands.Show => command.ActivityId == mine || (State.CurrentActivityId == mine && command.ActivityId is not null && ItemAfter(mine) == command.ActivityId),
            AgendaCommands.Undo => State.Done.Count == 0 || OnlyAbout(State.Done[^1], mine),
            AgendaCommands.Redo => State.Undone.Count == 0 || OnlyAbout(State.Undone[^1], mine),
            _ => StepsOnOneActivity.Contains(command.Name) && (command.ActivityId ?? State.CurrentActivityId) == mine,
        };
        return allowed ? null : CommandOutcome.Refused(
            $"Your turn is “{grant.ActivityTitle}”: open, close and reveal it, time it, and move on to what comes next. The rest of the agenda stays with the facilitator.");
    }

    private static bool OnlyAbout(AgendaStep step, string activityId) => step.ActivityId == activityId && StepsOnOneActivity.Contains(step.Name);

    private string? ItemAfter(string activityId)
    {
        var at = State.Agenda.FindIndex(a => a.ActivityId == activityId);
        return at >= 0 && at + 1 < State.Agenda.Count ? State.Agenda[at + 1].ActivityId : null;
    }

    /// <summary>A command made on an older picture than this one is refused, telling whose step came first (unless it was the caller's own).</summary>
    private CommandOutcome? Stale(long? expectedVersion, StepActor actor) =>
        expectedVersion is { } seen && seen != State.StepVersion && !(actor.Id.Length > 0 && actor.Id == State.LastActorId)
            ? CommandOutcome.Refused($"{(State.LastActor.Length == 0 ? "Another facilitator" : State.LastActor)} just {State.LastStep}. Look at the agenda again, then try once more.")
            : null;

    /// <summary>
    /// After every step: a turn for one item begins when the item is on screen and ends when the screens
    /// move on from it (or it leaves the agenda). Ended, it stays ended: an undo that brings the item back
    /// does not hand the role out again, a facilitator does.
    /// </summary>
    private void FollowScreen()
    {
        if (State.Grant is not { ActivityId: { } activityId } grant)
        {
            return;
        }

        if (Find(activityId) is null || (grant.OnScreen && State.CurrentActivityId != activityId))
        {
            EndTurn(time.GetUtcNow());
        }
        else if (State.CurrentActivityId == activityId)
        {
            grant.OnScreen = true;
        }
    }

    private string? FacilitatingName() =>
        State.Grant is { } grant && (grant.ActivityId is null || grant.ActivityId == State.CurrentActivityId) ? grant.Name
        : State.FacilitatorLabel.Length > 0 ? State.FacilitatorLabel
        : null;
}
