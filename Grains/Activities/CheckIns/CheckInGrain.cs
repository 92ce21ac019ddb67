using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CheckIns;
using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Activities.CheckIns;

/// <summary>
/// A check-in: each participant's answer replaces their last; words are counted by key (case, spacing
/// and look-alike forms make no difference) in a running tally, so a snapshot costs O(words). Views
/// hold counts only; who answered what leaves the grain only in a named check-in's export.
/// </summary>
public sealed class CheckInGrain(
    [PersistentState("check-in", StorageNames.Activities)] IPersistentState<CheckInState> stored,
    TimeProvider time)
    : ActivityGrain<CheckInState, StoredCheckIn, CheckInSetup, CheckInInput, CheckInView>(stored, time),
      ICheckInGrain
{
    private readonly CheckInTally _tally = new();

    protected override string NotOpenYet => "The check-in has not opened yet.";

    protected override string ClosedAlready => "The check-in is closed.";

    protected override void Loaded() => _tally.Rebuild(State.Answers.Values);

    protected override string? CheckSetup(CheckInSetup setup) => CheckInRules.CheckSetup(setup);

    protected override bool SameSetup(CheckInSetup setup) =>
        State.Prompt == CheckInRules.Prompt(setup.Prompt).Text && State.Mode == setup.Mode;

    protected override void ApplySetup(CheckInSetup setup)
    {
        State.Prompt = CheckInRules.Prompt(setup.Prompt).Text;
        State.Mode = setup.Mode;
    }

    protected override string? CheckInput(string participantId, CheckInInput input) => CheckInRules.Answer(State.Mode, input).Problem;

    protected override void ApplyInput(string participantId, StoredCheckIn answer, CheckInInput input)
    {
        var (word, scale, _) = CheckInRules.Answer(State.Mode, input);
        _tally.Remove(answer);
        answer.Word = word;
        answer.Scale = scale;
        _tally.Add(answer);
    }

    protected override Steering SteerKind(ActivityCommand command)
    {
        var hide = command.Name == CheckInCommands.HideWord;
        if (!hide && command.Name != CheckInCommands.ShowWord)
        {
            return Steering.Unknown;
        }

        var key = CheckInRules.Key(command.Target ?? "");
        if (key.Length == 0)
        {
            return Steering.Refused("Say which word.");
        }

        if (State.HiddenWords.Contains(key) == hide)
        {
            return Steering.AlreadySo;
        }

        if (hide)
        {
            State.HiddenWords.Add(key);
        }
        else
        {
            State.HiddenWords.Remove(key);
        }

        // Each author's own screen says whether their word is on the board.
        foreach (var (participantId, answer) in State.Answers)
        {
            if (answer.Word is { } word && CheckInRules.Key(word) == key)
            {
                Touch(participantId);
            }
        }

        return Steering.Changed;
    }

    protected override bool HasContent(StoredCheckIn answer) => answer.Word is not null || answer.Scale is not null;

    protected override CheckInView BuildView(ActivityStage stage) => new(
        ActivityId,
        State.SessionId,
        State.Version,
        stage,
        State.Prompt,
        State.Mode,
        _tally.Words(State.HiddenWords, State.Anonymous),
        0,
        State.Mode == CheckInMode.Scale ? ScaleBands.Of(_tally.ByValue, State.Anonymous) : null,
        State.HiddenWords.Count);

    protected override Contribution BuildContribution(string participantId)
    {
        State.Answers.TryGetValue(participantId, out var answer);
        var hidden = answer?.Word is { } word && State.HiddenWords.Contains(CheckInRules.Key(word));
        return new CheckInContribution(ActivityId, answer?.Word, answer?.Scale, hidden, answer?.Revision ?? 0);
    }

    protected override Contribution EmptyContribution(string participantId) => new CheckInContribution(ActivityId, null, null, false, 0);

    // A 1–5 check-in is one series per exact question: its distribution, average and spread. Words
    // are the moment's, not a measure to follow over months, so a word check-in adds nothing.
    protected override RepeatedResults? RepeatablePoints(CheckInView stored)
    {
        if (stored.Mode != CheckInMode.Scale)
        {
            return null;
        }

        var byValue = _tally.ByValue;
        var people = byValue.Sum();
        double? average = null, spread = null;
        if (people > 0)
        {
            var sum = byValue.Select((n, i) => n * (double)(CheckInRules.LowestScale + i)).Sum();
            var mean = sum / people;
            var variance = byValue.Select((n, i) => n * Math.Pow(CheckInRules.LowestScale + i - mean, 2)).Sum() / people;
            average = Math.Round(mean, 3);
            // Over its largest possible value (half at each end), as for agreement: 0 one voice, 1 two camps.
            spread = people >= 2 ? Math.Round(Math.Min(1, Math.Sqrt(variance) / ((CheckInRules.HighestScale - CheckInRules.LowestScale) / 2.0)), 3) : null;
        }

        var buckets = (stored.Scale ?? [])
            .Select(b => new ResultBucket(b.From == b.To ? $"{b.From}" : $"{b.From}–{b.To}", b.People, b.FewerThanThree))
            .ToArray();
        return new RepeatedResults(
            CheckInKind.Name,
            $"{CheckInKind.Name}:{stored.Prompt}",
            $"Check-in: {stored.Prompt}",
            ResultMeasure.Scale,
            people,
            State.Anonymous,
            [new RepeatedItem(stored.Prompt, people, average, spread, null, buckets)]);
    }

    protected override IReadOnlyList<ResultRow> ResultRows(CheckInView stored)
    {
        var rows = new List<ResultRow>();
        foreach (var band in stored.Scale ?? [])
        {
            var item = band.From == band.To ? $"{band.From}" : $"{band.From}–{band.To}";
            rows.Add(new ResultRow("Scale", null, item, band.People, band.People, band.FewerThanThree));
        }

        var words = stored.Words ?? [];
        rows.AddRange(words.Where(w => !w.Hidden).Select(w => new ResultRow("Words", null, w.Word, w.People, w.People, w.FewerThanThree)));
        rows.AddRange(words.Where(w => w.Hidden).Select(w => new ResultRow("Words hidden by the facilitator", null, w.Word, w.People, w.People, w.FewerThanThree)));
        return rows;
    }

    protected override object? ResultDetails(CheckInView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names)
    {
        IReadOnlyList<CheckInAnswer>? answers = null;
        if (!State.Anonymous)
        {
            answers = contributions
                .Select(c => (Name: names.GetValueOrDefault(c.Key, ActivityResults.RemovedParticipant), Answer: c.Value as CheckInContribution))
                .Where(c => c.Answer is { Word: not null } or { Scale: not null })
                .Select(c => new CheckInAnswer(c.Name, c.Answer!.Word, c.Answer.Scale, c.Answer.WordHidden))
                .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToArray();
        }

        return new CheckInDetails(stored.Prompt, stored.Mode, answers);
    }
}
