using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Structures;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>What phones do in a step: write and take back entries, mark, pick for the group, ask for a group.</summary>
public sealed partial class StructureGrain
{
    protected override string? CheckInput(string participantId, StructureInput input)
    {
        if (CurrentStep is not { } step)
        {
            return State.StepIndex < 0 ? NotOpenYet : ClosedAlready;
        }

        State.People.TryGetValue(participantId, out var part);
        switch (input.Action)
        {
            case StructureActions.Write:
                if (step.Mode is StepMode.Harvest or StepMode.Gallery or StepMode.Mark or StepMode.Network)
                {
                    return "This step is for talking, not writing.";
                }

                if (StructureRules.Entry(input.Text).Problem is { } problem)
                {
                    return problem;
                }

                return (part?.Entries.Count(e => e.Step == State.StepIndex) ?? 0) >= StructureRules.MaxEntriesPerStep
                    ? $"You have written {StructureRules.MaxEntriesPerStep} in this step: take one back to write another."
                    : null;
            case StructureActions.Remove:
                return part?.Entries.Exists(e => e.EntryId == input.EntryId && e.Step == State.StepIndex) == true
                    ? null
                    : "You can take back only your own entries of this step.";
            case StructureActions.Mark:
                return step.Mode == StepMode.Mark && MarkableEntries().Any(e => e.EntryId == input.EntryId) && input.On is not null
                    ? null
                    : "That cannot be marked in this step.";
            case StructureActions.Pick:
                return GroupOf(participantId, State.StepIndex) is { } group && Candidates(group).Any(c => c.EntryId == input.EntryId)
                    ? null
                    : "Pick one of your group's entries.";
            case StructureActions.Join:
                // A phone asks by itself when it sees a group step without its group; by the time the ask
                // arrives the room may have moved on. Nothing to do then, and nothing to tell anyone.
                return null;
            default:
                return "This input does not fit this step. Reload the page and try again.";
        }
    }

    protected override void ApplyInput(string participantId, StoredStructurePart part, StructureInput input)
    {
        switch (input.Action)
        {
            case StructureActions.Write:
                part.Entries.Add(new StoredStructureEntry { EntryId = Guid.NewGuid().ToString("N")[..12], Step = State.StepIndex, Text = StructureRules.Entry(input.Text).Text });
                TouchGroupOf(participantId);
                break;
            case StructureActions.Remove:
                part.Entries.RemoveAll(e => e.EntryId == input.EntryId);
                TouchGroupOf(participantId);
                break;
            case StructureActions.Mark:
                part.Marked.Remove(input.EntryId!);
                if (input.On == true)
                {
                    part.Marked.Add(input.EntryId!);
                }

                break;
            case StructureActions.Pick:
                var group = GroupOf(participantId, State.StepIndex)!;
                var picked = Candidates(group).First(c => c.EntryId == input.EntryId);
                group.PickEntryId = picked.EntryId;
                group.PickText = picked.Text;
                TouchGroupOf(participantId);
                break;
            case StructureActions.Join:
                JoinGroup(participantId);
                break;
        }
    }

    /// <summary>A late joiner is added without moving anybody (see <see cref="Huddles.Join"/>); asking again changes nothing.</summary>
    private void JoinGroup(string participantId)
    {
        if (CurrentStep is not { } current || !FormsGroups(current.Mode) || GroupOf(participantId, State.StepIndex) is not null)
        {
            return;
        }

        var step = State.StepIndex;
        var mine = State.Huddles.Where(h => h.Step == step).ToList();
        var joined = Huddles.Join(mine.Select(h => new Huddle(h.Members)).ToArray(), [participantId], RandomFor(step));
        var home = joined.First(g => g.ParticipantIds.Contains(participantId));
        var existing = mine.FirstOrDefault(h => home.ParticipantIds.Contains(h.Members[0]) && h.Members.All(home.ParticipantIds.Contains));
        if (existing is null)
        {
            State.Huddles.Add(new StoredHuddle { Step = step, Number = mine.Count + 1, Members = [.. home.ParticipantIds], Names = home.ParticipantIds.Select(NameOf).ToList() });
        }
        else
        {
            existing.Members.Add(participantId);
            existing.Names.Add(NameOf(participantId));
        }

        TouchGroupOf(participantId);
    }

    private void TouchGroupOf(string participantId)
    {
        if (GroupOf(participantId, State.StepIndex) is { } group)
        {
            group.Members.Where(m => m != participantId).ToList().ForEach(Touch);
        }
    }

    private StoredHuddle? GroupOf(string participantId, int step) =>
        State.Huddles.Find(h => h.Step == step && h.Members.Contains(participantId));

    /// <summary>
    /// What a group chooses from: what its pairs carried forward (in fours), else its members' entries of
    /// the steps before; and whatever its members write in this step.
    /// </summary>
    private IReadOnlyList<OwnEntry> Candidates(StoredHuddle group)
    {
        var written = group.Members
            .SelectMany(m => State.People.TryGetValue(m, out var p) ? p.Entries : [])
            .Where(e => e.Step <= group.Step)
            .Select(e => new OwnEntry(e.EntryId, e.Step, e.Text))
            .ToList();
        var carried = State.Huddles
            .Where(h => h.Step < group.Step && h.PickEntryId is not null && h.Members.Any(group.Members.Contains))
            .GroupBy(h => h.Step)
            .OrderByDescending(g => g.Key)
            .FirstOrDefault()
            ?.Select(h => new OwnEntry(h.PickEntryId!, h.Step, h.PickText!))
            .ToList();
        if (carried is { Count: > 0 })
        {
            return carried.Concat(written.Where(e => e.Step == group.Step)).DistinctBy(e => e.EntryId).ToArray();
        }

        return written;
    }
}
