using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Structures;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>
/// What the room sees (entries of shared steps, marks counted with the small-group rule, each group's
/// pick), what each participant sees of their own (entries, marks, their group), and the results.
/// </summary>
public sealed partial class StructureGrain
{
    protected override bool HasContent(StoredStructurePart part) => part.Entries.Count > 0 || part.Marked.Count > 0;

    protected override StructureView BuildView(ActivityStage stage)
    {
        var steps = Steps;
        var reached = Math.Min(State.StepIndex, steps.Count - 1);
        var counts = new int[steps.Count];
        foreach (var entry in State.People.Values.SelectMany(p => p.Entries))
        {
            if (entry.Step >= 0 && entry.Step < counts.Length)
            {
                counts[entry.Step]++;
            }
        }

        return new StructureView(
            ActivityId,
            State.SessionId,
            State.Version,
            stage,
            State.Structure,
            State.Prompt,
            steps,
            State.StepIndex,
            CurrentStep is null ? null : State.StepEndsAt,
            counts,
            VisibleEntries(steps, reached),
            HarvestUpTo(steps, reached),
            State.Huddles.Count(h => h.Step == State.StepIndex),
            State.Kept.ToArray());
    }

    protected override Contribution BuildContribution(string participantId)
    {
        State.People.TryGetValue(participantId, out var part);
        OwnGroup? group = null;
        if (GroupOf(participantId, State.StepIndex) is { } huddle)
        {
            var partners = huddle.Members.Select((m, i) => (m, Name: huddle.Names[i])).Where(x => x.m != participantId).Select(x => x.Name).ToArray();
            group = new OwnGroup(huddle.Step, huddle.Number, partners, Candidates(huddle), huddle.PickEntryId);
        }

        return new StructureContribution(
            ActivityId,
            part?.Entries.Select(e => new OwnEntry(e.EntryId, e.Step, e.Text)).ToArray() ?? [],
            part?.Marked.ToArray() ?? [],
            group,
            part?.Revision ?? 0);
    }

    protected override Contribution EmptyContribution(string participantId) => new StructureContribution(ActivityId, [], [], null, 0);

    /// <summary>The entries people mark in a mark step: those of the nearest writing step before it.</summary>
    private IEnumerable<StoredStructureEntry> MarkableEntries()
    {
        var markStep = Enumerable.Range(0, Math.Max(0, State.StepIndex + 1)).LastOrDefault(i => i < Steps.Count && Steps[i].Mode == StepMode.Mark, -1);
        var source = markStep < 0 ? -1 : Enumerable.Range(0, markStep).LastOrDefault(i => Steps[i].Mode == StepMode.Write, -1);
        return State.People.Values.SelectMany(p => p.Entries).Where(e => e.Step == source);
    }

    /// <summary>
    /// Entries of shared writing steps, and, once a gallery step is reached, of the writing steps before it.
    /// Private writing (1-2-4-All alone, 15% before the share) reaches nobody else until then.
    /// </summary>
    private IReadOnlyList<StructureEntry> VisibleEntries(IReadOnlyList<StructureStep> steps, int reached)
    {
        var gallery = Enumerable.Range(0, Math.Max(0, reached + 1)).LastOrDefault(i => steps[i].Mode == StepMode.Gallery, -1);
        var marks = new Dictionary<string, int>();
        foreach (var id in State.People.Values.SelectMany(p => p.Marked))
        {
            marks[id] = marks.GetValueOrDefault(id) + 1;
        }

        var marking = steps.Any(s => s.Mode == StepMode.Mark);
        return State.People.Values
            .SelectMany(p => p.Entries)
            .Where(e => e.Step < steps.Count && (steps[e.Step].Shared || e.Step < gallery))
            .OrderBy(e => e.Step)
            .Select(e =>
            {
                if (!marking || e.Step != 0)
                {
                    return new StructureEntry(e.EntryId, e.Step, e.Text);
                }

                var count = marks.GetValueOrDefault(e.EntryId);
                var small = State.Anonymous && count is > 0 and < SmallGroups.Smallest;
                return new StructureEntry(e.EntryId, e.Step, e.Text, small ? null : count, small);
            })
            .ToArray();
    }

    /// <summary>What each group of the last group step so far carried forward.</summary>
    private IReadOnlyList<GroupHarvest> HarvestUpTo(IReadOnlyList<StructureStep> steps, int reached)
    {
        var last = Enumerable.Range(0, Math.Max(0, reached + 1)).LastOrDefault(i => steps[i].Mode is StepMode.Pairs or StepMode.Fours, -1);
        return State.Huddles
            .Where(h => h.Step == last)
            .OrderBy(h => h.Number)
            .Select(h => new GroupHarvest(h.Number, h.Members.Count, h.PickText, h.PickEntryId))
            .ToArray();
    }

    protected override IReadOnlyList<ResultRow> ResultRows(StructureView stored)
    {
        var rows = new List<ResultRow>();
        var all = State.People.Values.SelectMany(p => p.Entries).ToArray();
        for (var i = 0; i < stored.Steps.Count; i++)
        {
            var title = stored.Steps[i].Title;
            var visible = stored.Entries?.Where(e => e.Step == i).ToArray() ?? [];
            rows.AddRange(visible.Select(e => new ResultRow(title, null, e.Text, e.Marks, null, e.FewerThanThree)));
            // Private writing that never reached the room is counted, never quoted.
            var privateCount = all.Count(e => e.Step == i) - visible.Length;
            if (privateCount > 0)
            {
                rows.Add(new ResultRow(title, null, "Entries written privately", privateCount, null));
            }
        }

        rows.AddRange((stored.Harvest ?? []).Where(h => h.Text is not null).Select(h => new ResultRow("Carried forward", h.Group, h.Text!, null, h.People)));
        return rows;
    }

    protected override object? ResultDetails(StructureView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names) => null;
}
