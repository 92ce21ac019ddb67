using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Structures;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// A guided Liberating Structure: the facilitator moves through its steps (each with a stored end time),
/// people write, mark, meet in the groups the grain forms from who is present, and pick what their group
/// carries forward, which the next step works on. Groups are formed when their step starts, from the
/// session's presence, and kept: going back to a step finds the same groups.
/// </summary>
public sealed partial class StructureGrain(
    [PersistentState("structure", StorageNames.Activities)] IPersistentState<StructureState> stored,
    TimeProvider time)
    : ActivityGrain<StructureState, StoredStructurePart, StructureSetup, StructureInput, StructureView>(stored, time),
      IStructureGrain
{
    // Who is present, and their names, fetched from the session just before a step that forms groups
    // (or a late joiner asks for one); used synchronously by the command that follows.
    private IReadOnlyList<ParticipantPresence> _roster = [];

    // The entry the team's shortlist has just stored, for the keep command that follows.
    private readonly HashSet<string> _keptNow = [];

    private IReadOnlyList<StructureStep> Steps => StructureCatalog.For(State.Structure, State.Prompt);

    private StructureStep? CurrentStep => State.StepIndex >= 0 && State.StepIndex < Steps.Count ? Steps[State.StepIndex] : null;

    protected override string NotOpenYet => "This has not started yet.";

    protected override string ClosedAlready => "This has finished.";

    protected override string? CheckSetup(StructureSetup setup) => StructureRules.CheckSetup(setup);

    protected override bool SameSetup(StructureSetup setup) =>
        State.Structure == setup.Structure && State.Prompt == StructureRules.Prompt(setup.Prompt).Text;

    protected override void ApplySetup(StructureSetup setup)
    {
        State.Structure = setup.Structure;
        State.Prompt = StructureRules.Prompt(setup.Prompt).Text;
        State.Seed = Random.Shared.Next();
        // What one step harvests is what the next works on: results are never held back for a reveal.
        State.HideResultsUntilRevealed = false;
    }

    protected override async Task BeforeSteerAsync(ActivityCommand command)
    {
        var target = command.Name switch
        {
            StructureCommands.NextStep => State.StepIndex + 1,
            StructureCommands.PreviousStep => State.StepIndex - 1,
            _ => -1,
        };
        if (target >= 0 && target < Steps.Count && FormsGroups(Steps[target].Mode) && !State.Huddles.Exists(h => h.Step == target))
        {
            _roster = await RosterAsync();
        }

        if (command.Name == StructureCommands.Keep && KeepableText(command.Target) is { } text && !State.Kept.Contains(command.Target!))
        {
            // The team's shortlist stores it first; the activity then marks it kept. A failure here is
            // the facilitator's "not saved", and a retry keeps it once (the shortlist keeps an item once).
            State.TeamId ??= (await GrainFactory.GetGrain<ISessionGrain>(State.SessionId).GetView()).TeamId;
            var kept = await GrainFactory.GetGrain<ITeamShortlistGrain>(State.TeamId)
                .Keep(new ShortlistItem(ActivityId, command.Target!, text, State.Title, State.SessionId, Time.GetUtcNow()));
            if (kept.Succeeded)
            {
                _keptNow.Add(command.Target!);
            }
        }
    }

    /// <summary>The text of an entry the room can see (or a group's pick), which is what may be kept.</summary>
    private string? KeepableText(string? entryId)
    {
        if (entryId is null)
        {
            return null;
        }

        var view = BuildView(new ActivityStage(State.Title, State.Status, false, true, State.Anonymous, null, 0, null));
        return view.Entries?.FirstOrDefault(e => e.EntryId == entryId)?.Text ?? view.Harvest?.FirstOrDefault(h => h.EntryId == entryId)?.Text;
    }

    protected override async Task BeforeSubmitAsync(string participantId, ActivityInput input)
    {
        if (input is StructureInput { Action: StructureActions.Join })
        {
            _roster = await RosterAsync();
        }
    }

    protected override Steering SteerKind(ActivityCommand command)
    {
        switch (command.Name)
        {
            case StructureCommands.NextStep:
                if (State.StepIndex >= Steps.Count)
                {
                    return Steering.Refused("This has finished. Go back a step to carry on.");
                }

                if (State.StepIndex + 1 == Steps.Count)
                {
                    LeaveGroupsOf(State.StepIndex);
                    State.StepIndex = Steps.Count;
                    State.StepEndsAt = null;
                    State.Status = ActivityStatus.Closed;
                    return Steering.Changed;
                }

                Enter(State.StepIndex + 1);
                return Steering.Changed;
            case StructureCommands.PreviousStep:
                if (State.StepIndex <= 0)
                {
                    return Steering.Refused("This is the first step.");
                }

                Enter(Math.Min(State.StepIndex, Steps.Count) - 1);
                return Steering.Changed;
            case StructureCommands.StepTime:
                if (CurrentStep is null || State.StepEndsAt is not { } end)
                {
                    return Steering.Refused("No step is running.");
                }

                if (command.Seconds is not { } seconds || seconds == 0 || Math.Abs(seconds) > ActivityRules.MaxTimerSeconds)
                {
                    return Steering.Refused("Add or take off up to an hour.");
                }

                // From what is left (nothing, once run out), never ending before now.
                var now = Time.GetUtcNow();
                var moved = (end < now ? now : end).AddSeconds(seconds);
                State.StepEndsAt = moved < now ? now : moved;
                return Steering.Changed;
            case StructureCommands.Keep:
                if (command.Target is { } kept && State.Kept.Contains(kept))
                {
                    return Steering.AlreadySo;
                }

                if (command.Target is null || !_keptNow.Remove(command.Target))
                {
                    return Steering.Refused(KeepableText(command.Target) is null ? "Only what the room can see can be kept." : "Not saved: the team's shortlist could not be stored just now. Try again.");
                }

                State.Kept.Add(command.Target);
                return Steering.Changed;
            default:
                return Steering.Unknown;
        }
    }

    /// <summary>Starts step <paramref name="index"/> with its full time, forming its groups the first time.</summary>
    private void Enter(int index)
    {
        LeaveGroupsOf(State.StepIndex);
        State.StepIndex = index;
        var step = Steps[index];
        State.StepEndsAt = Time.GetUtcNow().AddMinutes(step.Minutes);
        State.Status = ActivityStatus.Open;
        State.ClosesAt = null;
        if (FormsGroups(step.Mode) && !State.Huddles.Exists(h => h.Step == index))
        {
            FormGroups(index, step.Mode);
        }

        foreach (var huddle in State.Huddles.Where(h => h.Step == index))
        {
            huddle.Members.ForEach(Touch);
        }
    }

    /// <summary>The members of a step's groups are told they are no longer in them (their phones drop "find Sam").</summary>
    private void LeaveGroupsOf(int index)
    {
        foreach (var huddle in State.Huddles.Where(h => h.Step == index))
        {
            huddle.Members.ForEach(Touch);
        }
    }

    private static bool FormsGroups(StepMode mode) => mode is StepMode.Pairs or StepMode.Fours or StepMode.Network;

    private Random RandomFor(int step) => new(unchecked(State.Seed + (step * 7919) + State.Huddles.Count));

    private void FormGroups(int step, StepMode mode)
    {
        var present = _roster.Where(p => p.Present).Select(p => p.ParticipantId).ToArray();
        var random = RandomFor(step);
        IReadOnlyList<Huddle> groups = mode switch
        {
            StepMode.Pairs => OneTwoFourAll.Pairs(present, random),
            StepMode.Fours => OneTwoFourAll.Fours(LatestGroups(step, StepMode.Pairs), present, random),
            _ => ImpromptuNetworking.NextRound(present, Encounters.Of(State.Huddles.Where(h => h.Step < step).Select(h => new Huddle(h.Members))), random).Pairs,
        };
        var number = 1;
        foreach (var group in groups)
        {
            State.Huddles.Add(new StoredHuddle { Step = step, Number = number++, Members = [.. group.ParticipantIds], Names = group.ParticipantIds.Select(NameOf).ToList() });
        }
    }

    /// <summary>The groups of the last step before <paramref name="step"/> in <paramref name="mode"/>.</summary>
    private IReadOnlyList<Huddle> LatestGroups(int step, StepMode mode)
    {
        var earlier = Enumerable.Range(0, step).LastOrDefault(i => Steps[i].Mode == mode, -1);
        return State.Huddles.Where(h => h.Step == earlier).Select(h => new Huddle(h.Members)).ToArray();
    }

    private string NameOf(string participantId) =>
        _roster.FirstOrDefault(p => p.ParticipantId == participantId)?.DisplayName ?? "someone who has left";

    private async Task<IReadOnlyList<ParticipantPresence>> RosterAsync() =>
        (await GrainFactory.GetGrain<ISessionGrain>(State.SessionId).GetView()).Participants;
}
