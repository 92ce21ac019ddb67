using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Grains.Activities;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Grains.Sessions;

/// <summary>
/// The facilitators' steps on the agenda: show, move, copy, remove, open/close/reveal, the step timer,
/// and undo/redo of all of them. Steps run one at a time (they are rare and some wait on an activity),
/// each is checked against the version the console showed, and each is recorded with just enough to
/// take it back without touching anything done since.
/// </summary>
public sealed partial class SessionGrain
{
    // Stored, never put in a page: letters outside ASCII stay as they are (a content card's 4,000
    // characters of Japanese would otherwise be six bytes each in every write of the session).
    private static readonly JsonSerializerOptions SetupJson = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SemaphoreSlim _oneStepAtATime = new(1, 1);

    public Task<CommandOutcome> ShowActivity(string activityId) => Steer(new AgendaCommand(AgendaCommands.Show, activityId), StepActor.Nobody);

    public async Task<CommandOutcome> Steer(AgendaCommand command, StepActor actor)
    {
        var outcome = await InTurnAsync(async () =>
        {
            // A participant is checked against the role handed to them before anything else is said.
            if (((actor.IsParticipant ? OutsideTurn(command, actor) : null) ?? Stale(command.ExpectedVersion, actor)) is { } refused)
            {
                return refused;
            }

            return command.Name switch
            {
                AgendaCommands.Show => await ShowAsync(command.ActivityId, actor),
                AgendaCommands.Move => await MoveAsync(command.ActivityId, command.Position, actor),
                AgendaCommands.Duplicate => await DuplicateAsync(command.ActivityId, actor),
                AgendaCommands.Remove => await RemoveAsync(command.ActivityId, actor),
                AgendaCommands.Open or AgendaCommands.Close or AgendaCommands.Reveal => await SteerActivityAsync(command, actor),
                AgendaCommands.StartTimer or AgendaCommands.AddTime or AgendaCommands.PauseTimer
                    or AgendaCommands.ResumeTimer or AgendaCommands.StopTimer => await TimeAsync(command, actor),
                AgendaCommands.Undo => await UndoAsync(actor),
                AgendaCommands.Redo => await RedoAsync(actor),
                _ => CommandOutcome.Refused("The agenda has no such command."),
            };
        });

        // A step that moved the screens on from a participant's turn ended it: the rota hears of it.
        await SendToRotaAsync();
        return outcome;
    }

    private async Task<CommandOutcome> ShowAsync(string? activityId, StepActor actor)
    {
        if (Find(activityId) is not { } item)
        {
            return NotOnAgenda;
        }

        if (State.CurrentActivityId != item.ActivityId)
        {
            var step = new AgendaStep { Name = AgendaCommands.Show, Label = $"show “{item.Title}”", ActivityId = item.ActivityId, CurrentBefore = State.CurrentActivityId, CurrentAfter = item.ActivityId };
            State.CurrentActivityId = item.ActivityId;
            await TakeAsync(step, actor, $"put “{item.Title}” on the screens");
        }
        else
        {
            await _commit.WhenCaughtUpAsync();
        }

        await ResendAsync(item);
        return CommandOutcome.Done;
    }

    private async Task<CommandOutcome> MoveAsync(string? activityId, int? position, StepActor actor)
    {
        if (Find(activityId) is not { } item)
        {
            return NotOnAgenda;
        }

        if (position is not { } to || to < 0 || to >= State.Agenda.Count)
        {
            return CommandOutcome.Refused($"Choose a place from 1 to {State.Agenda.Count}.");
        }

        var from = State.Agenda.IndexOf(item);
        if (from == to)
        {
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        MoveItem(item.ActivityId, to);
        await TakeAsync(new AgendaStep { Name = AgendaCommands.Move, Label = $"move “{item.Title}”", ActivityId = item.ActivityId, FromIndex = from, ToIndex = to }, actor, $"moved “{item.Title}”");
        return CommandOutcome.Done;
    }

    private async Task<CommandOutcome> DuplicateAsync(string? activityId, StepActor actor)
    {
        if (Find(activityId) is not { } item)
        {
            return NotOnAgenda;
        }

        if (State.Agenda.Count >= SessionRules.MaxActivities)
        {
            return CommandOutcome.Refused($"A session can hold at most {SessionRules.MaxActivities} activities.");
        }

        if (item.SetupJson is null || ActivityCatalog.Find(item.Kind) is not { } kind
            || JsonSerializer.Deserialize(item.SetupJson, kind.SetupType, SetupJson) is not ActivitySetup setup)
        {
            return CommandOutcome.Refused("This activity was added before copies could be made. Add it again instead.");
        }

        var copy = new AgendaItem { ActivityId = $"{this.GetPrimaryKeyString()}-{Guid.NewGuid():N}", Kind = item.Kind, Title = item.Title, SetupJson = item.SetupJson, IntakeShards = item.IntakeShards };
        if (!await RecordMadeAsync(copy.ActivityId, copy.Kind))
        {
            return TooManyMade;
        }

        var outcome = await kind.Grain(GrainFactory, copy.ActivityId).SetUp(this.GetPrimaryKeyString(), setup with { IntakeShards = Live.Activities.Intake.IntakeShards.Stored(item.IntakeShards) });
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        var at = State.Agenda.IndexOf(item) + 1;
        State.Agenda.Insert(at, copy);
        await TakeAsync(new AgendaStep { Name = AgendaCommands.Duplicate, Label = $"copy “{item.Title}”", ActivityId = copy.ActivityId, Item = copy.Copy(), ToIndex = at, CurrentBefore = State.CurrentActivityId, CurrentAfter = State.CurrentActivityId }, actor, $"copied “{item.Title}”");
        return CommandOutcome.Done;
    }

    private async Task<CommandOutcome> RemoveAsync(string? activityId, StepActor actor)
    {
        if (Find(activityId) is not { } item)
        {
            return NotOnAgenda;
        }

        var at = State.Agenda.IndexOf(item);
        var step = new AgendaStep { Name = AgendaCommands.Remove, Label = $"remove “{item.Title}”", ActivityId = item.ActivityId, Item = item.Copy(), FromIndex = at, CurrentBefore = State.CurrentActivityId };
        TakeOff(item.ActivityId);
        step.CurrentAfter = State.CurrentActivityId;
        await TakeAsync(step, actor, $"removed “{item.Title}”");
        await ResendCurrentAsync(step.CurrentBefore);
        return CommandOutcome.Done;
    }

    /// <summary>Open, close and reveal, forwarded to the activity; recorded when they changed something undo can restore exactly.</summary>
    private async Task<CommandOutcome> SteerActivityAsync(AgendaCommand command, StepActor actor)
    {
        if (Find(command.ActivityId) is not { } item || GrainOf(item) is not { } activity)
        {
            return NotOnAgenda;
        }

        var before = (await activity.GetView()).Stage;
        var outcome = await activity.Steer(new ActivityCommand(command.Name));
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        // Opening for the first time is not recorded: its only undo would be closing, which is a step of its own.
        var (changed, label, past) = command.Name switch
        {
            AgendaCommands.Open => (before.Status == ActivityStatus.Closed, $"reopen “{item.Title}”", $"reopened “{item.Title}”"),
            AgendaCommands.Close => (before.Status == ActivityStatus.Open, $"close “{item.Title}”", $"closed “{item.Title}”"),
            _ => (!before.Revealed && before.HideResultsUntilRevealed, $"reveal “{item.Title}”", $"revealed “{item.Title}”"),
        };
        if (changed)
        {
            var step = new AgendaStep { Name = command.Name, Label = label, ActivityId = item.ActivityId };
            if (command.Name == AgendaCommands.Close && State.Timer?.ActivityId == item.ActivityId)
            {
                // Closed before its time: the countdown would only mislead. Undo brings it back.
                step.TimerBefore = State.Timer.Copy();
                State.Timer = null;
            }

            await TakeAsync(step, actor, past);
        }

        return CommandOutcome.Done;
    }

    private async Task<CommandOutcome> TimeAsync(AgendaCommand command, StepActor actor)
    {
        if (Find(command.ActivityId ?? State.CurrentActivityId) is not { } item)
        {
            return CommandOutcome.Refused("Put a step on the screens first, then time it.");
        }

        var now = time.GetUtcNow();
        var current = State.Timer?.ActivityId == item.ActivityId ? State.Timer : null;
        StoredTimer? after;
        string label, past;
        switch (command.Name)
        {
            case AgendaCommands.StartTimer:
                if (command.Seconds is not { } seconds || seconds < 1 || seconds > ActivityRules.MaxTimerSeconds)
                {
                    return CommandOutcome.Refused($"Choose a timer of 1 second to {ActivityRules.MaxTimerSeconds / 60} minutes.");
                }

                after = new StoredTimer { ActivityId = item.ActivityId, EndsAt = now.AddSeconds(seconds) };
                (label, past) = ("start the timer", "started a timer");
                break;
            case AgendaCommands.AddTime:
                var more = command.Seconds ?? 60;
                if (current is null || more == 0 || Math.Abs(more) > ActivityRules.MaxTimerSeconds)
                {
                    return CommandOutcome.Refused(current is null ? "There is no timer on this step. Start one first." : "Add or take off at most an hour.");
                }

                var left = Math.Clamp(current.SecondsLeft(now) + more, 0, ActivityRules.MaxTimerSeconds);
                after = current.Paused
                    ? new StoredTimer { ActivityId = item.ActivityId, PausedSecondsLeft = left }
                    : new StoredTimer { ActivityId = item.ActivityId, EndsAt = now.AddSeconds(left) };
                (label, past) = more > 0 ? ("add time", "added time to the timer") : ("take time off", "took time off the timer");
                break;
            case AgendaCommands.PauseTimer:
                if (current is null || current.Paused || current.SecondsLeft(now) == 0)
                {
                    return CommandOutcome.Refused("There is no running timer on this step to pause.");
                }

                after = new StoredTimer { ActivityId = item.ActivityId, PausedSecondsLeft = current.SecondsLeft(now) };
                (label, past) = ("pause the timer", "paused the timer");
                break;
            case AgendaCommands.ResumeTimer:
                if (current?.PausedSecondsLeft is not { } paused)
                {
                    return CommandOutcome.Refused("The timer is not paused.");
                }

                after = new StoredTimer { ActivityId = item.ActivityId, EndsAt = now.AddSeconds(paused) };
                (label, past) = ("resume the timer", "resumed the timer");
                break;
            default:
                if (current is null)
                {
                    return CommandOutcome.Refused("There is no timer on this step.");
                }

                after = null;
                (label, past) = ("stop the timer", "stopped the timer");
                break;
        }

        var wasOpen = GrainOf(item) is { } activity && (await activity.GetView()).Stage.Status == ActivityStatus.Open;
        if (await ApplyTimerAsync(item, after, wasOpen: true) is { } refused)
        {
            return refused;
        }

        State.Timer = after ?? (State.Timer?.ActivityId == item.ActivityId ? null : State.Timer);
        await TakeAsync(new AgendaStep { Name = command.Name, Label = label, ActivityId = item.ActivityId, TimerBefore = current?.Copy(), TimerAfter = after?.Copy(), WasOpen = wasOpen }, actor, past);
        return CommandOutcome.Done;
    }

    private async Task<CommandOutcome> UndoAsync(StepActor actor)
    {
        if (State.Done.Count == 0)
        {
            return CommandOutcome.Refused("There is nothing to undo.");
        }

        var step = State.Done[^1];
        if (await TakeBackAsync(step) is { } refused)
        {
            return refused;
        }

        State.Done.RemoveAt(State.Done.Count - 1);
        State.Undone.Add(step);
        await RecordAsync(actor, $"undid “{step.Label}”");
        await ResendCurrentAsync(null);
        return CommandOutcome.Done;
    }

    private async Task<CommandOutcome> RedoAsync(StepActor actor)
    {
        if (State.Undone.Count == 0)
        {
            return CommandOutcome.Refused("There is nothing to redo.");
        }

        var step = State.Undone[^1];
        if (await TakeAgainAsync(step) is { } refused)
        {
            return refused;
        }

        State.Undone.RemoveAt(State.Undone.Count - 1);
        State.Done.Add(step);
        await RecordAsync(actor, $"redid “{step.Label}”");
        await ResendCurrentAsync(null);
        return CommandOutcome.Done;
    }

    /// <summary>Reverses one step on what is there now; null when done, or why it cannot be.</summary>
    private async Task<CommandOutcome?> TakeBackAsync(AgendaStep step)
    {
        switch (step.Name)
        {
            case AgendaCommands.Show:
                State.CurrentActivityId = Find(step.CurrentBefore)?.ActivityId;
                return null;
            case AgendaCommands.Move:
                MoveItem(step.ActivityId, step.FromIndex);
                return null;
            case AgendaCommands.Duplicate:
                TakeOff(step.ActivityId);
                return null;
            case AgendaCommands.Remove:
                PutBack(step.Item!, step.FromIndex, step.CurrentBefore);
                return null;
            case AgendaCommands.Open:
                return await ForwardAsync(step, ActivityCommands.Close);
            case AgendaCommands.Close:
                return await ForwardAsync(step, ActivityCommands.Open) ?? (step.TimerBefore is null ? null : await RestoreTimerAsync(step, step.TimerBefore, wasOpen: true));
            case AgendaCommands.Reveal:
                return await ForwardAsync(step, ActivityCommands.HideResults);
            default:
                return await RestoreTimerAsync(step, step.TimerBefore, step.WasOpen);
        }
    }

    /// <summary>Takes an undone step again on what is there now; null when done, or why it cannot be.</summary>
    private async Task<CommandOutcome?> TakeAgainAsync(AgendaStep step)
    {
        switch (step.Name)
        {
            case AgendaCommands.Show:
                State.CurrentActivityId = Find(step.CurrentAfter)?.ActivityId ?? State.CurrentActivityId;
                return null;
            case AgendaCommands.Move:
                MoveItem(step.ActivityId, step.ToIndex);
                return null;
            case AgendaCommands.Duplicate:
                PutBack(step.Item!, step.ToIndex, State.CurrentActivityId);
                return null;
            case AgendaCommands.Remove:
                TakeOff(step.ActivityId);
                return null;
            case AgendaCommands.Close:
                if (step.TimerBefore is not null && State.Timer?.ActivityId == step.ActivityId)
                {
                    State.Timer = null;
                }

                return await ForwardAsync(step, step.Name);
            case AgendaCommands.Open or AgendaCommands.Reveal:
                return await ForwardAsync(step, step.Name);
            default:
                return await RestoreTimerAsync(step, step.TimerAfter, wasOpen: true);
        }
    }

    private async Task<CommandOutcome?> ForwardAsync(AgendaStep step, string command)
    {
        if (Find(step.ActivityId) is not { } item || GrainOf(item) is not { } activity)
        {
            return CommandOutcome.Refused("That activity is no longer on the agenda: put it back first.");
        }

        var outcome = await activity.Steer(new ActivityCommand(command));
        if (outcome.Succeeded && command == ActivityCommands.Open && State.Timer is { EndsAt: not null } timer && timer.ActivityId == item.ActivityId)
        {
            // Reopening forgets the activity's end time; a timer still running on the step sets it again.
            return await ApplyTimerAsync(item, timer, wasOpen: true);
        }

        return outcome.Succeeded ? null : outcome;
    }

    private async Task<CommandOutcome?> RestoreTimerAsync(AgendaStep step, StoredTimer? timer, bool wasOpen)
    {
        var restored = timer?.Copy();
        if (restored is { EndsAt: { } end } && end <= time.GetUtcNow())
        {
            restored = null; // ran out since: an undo never turns the clock back
        }

        if (Find(step.ActivityId) is { } item && await ApplyTimerAsync(item, restored, wasOpen) is { } refused)
        {
            return refused;
        }

        State.Timer = restored ?? (State.Timer?.ActivityId == step.ActivityId ? null : State.Timer);
        return null;
    }

    /// <summary>
    /// The activity closes itself when a running timer runs out (its own end time survives restarts);
    /// a paused or stopped timer leaves it open; an undo to before a timer opened it closes it again.
    /// </summary>
    private async Task<CommandOutcome?> ApplyTimerAsync(AgendaItem item, StoredTimer? timer, bool wasOpen)
    {
        if (GrainOf(item) is not { } activity)
        {
            return null;
        }

        var command = !wasOpen ? new ActivityCommand(ActivityCommands.Close)
            : timer is { EndsAt: { } end } ? new ActivityCommand(ActivityCommands.Timer, Math.Max(1, (int)Math.Ceiling((end - time.GetUtcNow()).TotalSeconds)))
            : new ActivityCommand(ActivityCommands.Timer, 0);
        var outcome = await activity.Steer(command);
        return outcome.Succeeded ? null : outcome;
    }

    /// <summary>Stores a new step: recorded for undo (the oldest forgotten past the depth), and redo forgets what was undone.</summary>
    private Task TakeAsync(AgendaStep step, StepActor actor, string past)
    {
        State.Done.Add(step);
        if (State.Done.Count > SessionRules.UndoDepth)
        {
            State.Done.RemoveRange(0, State.Done.Count - SessionRules.UndoDepth);
        }

        State.Undone.Clear();
        return RecordAsync(actor, past);
    }

    private Task RecordAsync(StepActor actor, string past)
    {
        State.StepVersion++;
        State.LastActor = actor.Name;
        State.LastActorId = actor.Id;
        State.LastStep = past;
        if (!actor.IsParticipant && actor.Name.Length > 0)
        {
            State.FacilitatorLabel = actor.Name;
        }

        FollowScreen();
        return StoreAndPublishAsync();
    }

    private AgendaItem? Find(string? activityId) => activityId is null ? null : State.Agenda.Find(a => a.ActivityId == activityId);

    private IActivityGrain? GrainOf(AgendaItem item) => ActivityCatalog.Find(item.Kind)?.Grain(GrainFactory, item.ActivityId);

    private void MoveItem(string activityId, int to)
    {
        if (Find(activityId) is not { } item)
        {
            return;
        }

        State.Agenda.Remove(item);
        State.Agenda.Insert(Math.Clamp(to, 0, State.Agenda.Count), item);
    }

    /// <summary>Takes an item off the agenda; when it was on screen, the one after it (or before) takes its place.</summary>
    private void TakeOff(string activityId)
    {
        if (Find(activityId) is not { } item)
        {
            return;
        }

        var at = State.Agenda.IndexOf(item);
        State.Agenda.RemoveAt(at);
        if (State.CurrentActivityId == activityId)
        {
            State.CurrentActivityId = State.Agenda.Count == 0 ? null : State.Agenda[Math.Min(at, State.Agenda.Count - 1)].ActivityId;
        }
    }

    private void PutBack(AgendaItem item, int at, string? current)
    {
        if (Find(item.ActivityId) is null)
        {
            State.Agenda.Insert(Math.Clamp(at, 0, State.Agenda.Count), item.Copy());
        }

        if (current == item.ActivityId)
        {
            State.CurrentActivityId = item.ActivityId;
        }
    }

    /// <summary>Browsers that connected after an activity last changed have never seen it: send the one on screen again.</summary>
    private async Task ResendCurrentAsync(string? unlessStill)
    {
        if (State.CurrentActivityId != unlessStill && Find(State.CurrentActivityId) is { } item)
        {
            await ResendAsync(item);
        }
    }

    private async Task ResendAsync(AgendaItem item)
    {
        if (ViewOf(item) is { } view)
        {
            await ActivityChanged(await view);
        }
    }

    private static CommandOutcome NotOnAgenda { get; } = CommandOutcome.Refused("That activity is not on this session's agenda.");
}
