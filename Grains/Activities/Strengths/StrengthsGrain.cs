using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Strengths;
using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>
/// A strengths map. Recipients of recognitions must have joined the session: the grain learns who has
/// from the session grain (<see cref="SessionRoster"/>), the only source of names it can trust, and uses
/// the same names for the board's grid and the phones' list of teammates. Recognitions are stored with
/// their author so the author can change them, and leave this grain only as aggregates, as "someone sees …
/// in you" (anonymous) or with the author's name (named) on the recipient's own devices.
/// </summary>
public sealed class StrengthsGrain(
    [PersistentState("strengths", StorageNames.Activities)] IPersistentState<StrengthsState> stored,
    TimeProvider time)
    : ActivityGrain<StrengthsState, StoredStrengths, StrengthsSetup, StrengthsInput, StrengthsView>(stored, time),
      IStrengthsGrain
{
    /// <summary>Sent by the grain to itself when the session's names changed, so that they are stored and published.</summary>
    public const string NamesChanged = "names-changed";

    private static readonly TimeSpan RosterTick = TimeSpan.FromSeconds(5);

    // An unknown recipient asks the session at most this often: a phone sending made-up ids cannot make
    // the map call the session for each of them.
    private static readonly TimeSpan RosterFreshForMisses = TimeSpan.FromSeconds(1);

    private readonly ReceivedIndex _received = new();
    private readonly MapTotals _totals = new();
    private readonly SessionRoster _roster = new();

    protected override string NotOpenYet => "The strengths map has not opened yet.";

    protected override string ClosedAlready => "The strengths map is closed.";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.IsSetUp)
        {
            await RefreshRosterAsync(TimeSpan.Zero);
        }

        await base.OnActivateAsync(cancellationToken);
        this.RegisterGrainTimer(RosterTickAsync, RosterTick, RosterTick);
    }

    /// <summary>
    /// Learns about people the roster does not know yet before the base checks the input: everything
    /// after this await happens in one turn again, as the base requires.
    /// </summary>
    protected override async Task BeforeSubmitAsync(string participantId, ActivityInput input)
    {
        if (State.IsSetUp && input is StrengthsInput { Recognitions: { } recognitions }
            && (!_roster.Contains(participantId) || recognitions.Any(r => r?.ParticipantId is { } id && !_roster.Contains(id))))
        {
            await RefreshRosterAsync(RosterFreshForMisses);
        }
    }

    /// <summary>Opening the map (or any command) first catches up with who has joined, so the phones' list of teammates is full from the start.</summary>
    protected override async Task BeforeSteerAsync(ActivityCommand command)
    {
        if (State.IsSetUp && command.Name != NamesChanged)
        {
            await RefreshRosterAsync(RosterFreshForMisses);
        }
    }

    protected override void Loaded()
    {
        _received.Rebuild(State.People);
        _totals.Rebuild(State.People);
        // Example ids handed out in writes that went to the journal are in the entries, not in the stored counter.
        var handedOut = State.People.Values.SelectMany(person => person.Given)
            .Select(recognition => recognition.ExampleId is { Length: > 1 } id && int.TryParse(id.AsSpan(1), out var number) ? number : 0);
        State.LastExampleNumber = Math.Max(State.LastExampleNumber, handedOut.DefaultIfEmpty(0).Max());
    }

    protected override string? CheckSetup(StrengthsSetup setup) => StrengthsRules.Catalogue(setup).Problem;

    protected override bool SameSetup(StrengthsSetup setup) => State.SetUpWith.SequenceEqual(StrengthsRules.Catalogue(setup).Lines);

    protected override void ApplySetup(StrengthsSetup setup)
    {
        var (domains, strengths, lines, _) = StrengthsRules.Catalogue(setup);
        State.Domains = domains;
        State.Strengths = strengths;
        State.SetUpWith = lines;
    }

    protected override string? CheckInput(string participantId, StrengthsInput input) =>
        StrengthsRules.CheckInput(State, participantId, input, _roster.Contains);

    protected override void ApplyInput(string participantId, StoredStrengths entry, StrengthsInput input)
    {
        var before = entry.Given;
        var after = input.Recognitions.Select(r => Recognised(r, before)).ToList();

        _received.Remove(participantId, before);
        _totals.Leaving(participantId, entry);
        entry.Mine = input.Mine.ToList();
        entry.Given = after;
        entry.ShowMyColumn = input.ShowMyColumn;
        _received.Add(participantId, after);
        _totals.Entered(participantId, entry);

        // Tell recipients whose list changed: what a recipient sees of a recognition is its strength, its
        // example and whether that is hidden, so nothing else counts as a change.
        // Each recipient once: a touch counts a revision.
        for (var i = 0; i < before.Count; i++)
        {
            if (!Names(before, i, before[i].ParticipantId))
            {
                TouchIfChanged(before[i].ParticipantId, before, after);
            }
        }

        for (var i = 0; i < after.Count; i++)
        {
            if (!Names(before, before.Count, after[i].ParticipantId) && !Names(after, i, after[i].ParticipantId))
            {
                TouchIfChanged(after[i].ParticipantId, before, after);
            }
        }
    }

    protected override Steering SteerKind(ActivityCommand command)
    {
        switch (command.Name)
        {
            case StrengthsCommands.AddDomain:
                var (domain, domainProblem) = StrengthsRules.NewDomain(State.Domains, command.Text);
                if (domainProblem is not null)
                {
                    return Steering.Refused(domainProblem);
                }

                State.Domains.Add(domain!);
                return Steering.Changed;
            case StrengthsCommands.AddStrength:
                var (name, description) = NameAndDescription(command.Text);
                var (strength, strengthProblem) = StrengthsRules.NewStrength(State.Domains, State.Strengths, command.Target, name, description);
                if (strengthProblem is not null)
                {
                    return Steering.Refused(strengthProblem);
                }

                State.Strengths.Add(strength!);
                return Steering.Changed;
            case StrengthsCommands.HideExample:
                return Moderate(command.Target, hidden: true);
            case StrengthsCommands.ShowExample:
                return Moderate(command.Target, hidden: false);
            case NamesChanged:
                if (!_roster.Unpublished)
                {
                    return Steering.AlreadySo;
                }

                _roster.Published();
                return Steering.Changed;
            default:
                return Steering.Unknown;
        }
    }

    protected override bool HasContent(StoredStrengths entry) => entry.Mine.Count > 0 || entry.Given.Count > 0;

    protected override StrengthsView BuildView(ActivityStage stage)
    {
        _roster.Published();
        return StrengthsMap.Build(ActivityId, State, stage, _totals, _received, _roster);
    }

    protected override Contribution BuildContribution(string participantId)
    {
        State.People.TryGetValue(participantId, out var entry);
        var given = (entry?.Given ?? [])
            .Select(r => new GivenRecognition(r.ParticipantId, r.StrengthId, r.Example, r.ExampleHidden))
            .ToArray();
        var order = _totals.Order(State.Strengths);
        // The giver's id is never part of what a recipient receives; in an anonymous map not even their name.
        var received = _received.Of(participantId)
            .Select(r => new ReceivedRecognition(
                r.Recognition.StrengthId,
                State.Anonymous ? null : _roster.NameOf(r.Giver) ?? "A teammate",
                r.Recognition.ExampleHidden ? null : r.Recognition.Example))
            .OrderBy(r => order.GetValueOrDefault(r.StrengthId))
            .ThenBy(r => r.Example ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.From ?? "", StringComparer.Ordinal)
            .ToArray();
        return new StrengthsContribution(ActivityId, entry?.Mine.ToArray() ?? [], given, received, entry?.ShowMyColumn ?? true, participantId, entry?.Revision ?? 0);
    }

    protected override Contribution EmptyContribution(string participantId) =>
        new StrengthsContribution(ActivityId, [], [], [], true, participantId, 0);

    protected override RepeatedResults? RepeatablePoints(StrengthsView stored) => StrengthsPoints.Of(State, stored);

    protected override IReadOnlyList<ResultRow> ResultRows(StrengthsView stored)
    {
        var names = stored.Strengths.ToDictionary(s => s.StrengthId, s => ItemName(stored, s));
        var givers = State.People.Values
            .SelectMany(e => e.Given.Select(r => r.StrengthId).Distinct())
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());
        // A domain's people: those who chose one of its strengths or recognised one in a teammate.
        var domainOf = stored.Strengths.ToDictionary(s => s.StrengthId, s => s.DomainId);
        var domainPeople = State.People
            .SelectMany(p => p.Value.Mine.Concat(p.Value.Given.Select(r => r.StrengthId)).Select(id => (Domain: domainOf.GetValueOrDefault(id) ?? "", Person: p.Key)))
            .Distinct()
            .GroupBy(x => x.Domain)
            .ToDictionary(g => g.Key, g => g.Count());
        var counts = stored.Counts ?? [];
        return Ranked("Chosen by themselves", counts.Select(c => (names[c.StrengthId], c.ChosenBySelf ?? 0, c.ChosenBySelf ?? 0)))
            .Concat(Ranked("Seen by others", counts.Select(c => (names[c.StrengthId], c.SeenByOthers ?? 0, givers.GetValueOrDefault(c.StrengthId)))))
            .Concat((stored.Heat ?? []).Select(h => DomainRow(stored, h, domainPeople.GetValueOrDefault(h.DomainId))))
            .ToArray();
    }

    // In an anonymous map a domain that one or two people put something into is a group of one or two too;
    // and a domain holding a strength of one or two is given no total either, or the total less the
    // strengths' counts would give that one away.
    private ResultRow DomainRow(StrengthsView stored, DomainHeat heat, int people)
    {
        var few = State.Anonymous && people is 1 or 2;
        var noTotal = few
            || (State.Anonymous && (stored.HasSmall(heat.DomainId, c => c.ChosenBySelf) || stored.HasSmall(heat.DomainId, c => c.SeenByOthers)));
        return new ResultRow(
            "Domain (chosen + seen)",
            null,
            stored.Domains.First(d => d.DomainId == heat.DomainId).Name,
            noTotal ? null : (heat.ChosenBySelf ?? 0) + (heat.SeenByOthers ?? 0),
            few ? null : people,
            few);
    }

    protected override object? ResultDetails(StrengthsView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names)
    {
        IReadOnlyList<PersonStrengths>? people = null;
        if (!State.Anonymous)
        {
            var strengthNames = stored.Strengths.ToDictionary(s => s.StrengthId, s => s.Name);
            people = contributions
                .Where(c => c.Value is StrengthsContribution { ShowMyColumn: true } s && (s.Mine.Count > 0 || s.Received.Count > 0))
                .Select(c => (Name: names.GetValueOrDefault(c.Key, ActivityResults.RemovedParticipant), Strengths: (StrengthsContribution)c.Value))
                .Select(c => new PersonStrengths(
                    c.Name,
                    c.Strengths.Mine.Select(id => strengthNames.GetValueOrDefault(id, id)).ToArray(),
                    StrengthsMap.SeenIn(c.Strengths.Received.Select(r => r.StrengthId), State)))
                .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToArray();
        }

        return new StrengthsDetails(stored.Domains, stored.Strengths, people);
    }

    private IEnumerable<ResultRow> Ranked(string section, IEnumerable<(string Item, int Value, int People)> rows)
    {
        // In an anonymous map a group of one or two has no rank and sits among the others like it in
        // catalogue order, between the counted and the absent: a rank or an order would tell a two from a one.
        var ordered = rows
            .Select((r, order) => (r.Item, r.Value, r.People, Order: order, Few: State.Anonymous && r.People is 1 or 2))
            .Select(r => (r.Item, r.Value, r.People, r.Order, r.Few, Key: r.Few ? 0.5 : r.Value))
            .OrderByDescending(r => r.Key)
            .ThenBy(r => r.Order)
            .ToList();
        var rank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            rank = i > 0 && ordered[i].Key == ordered[i - 1].Key ? rank : i + 1;
            var few = ordered[i].Few;
            yield return new ResultRow(section, few ? null : rank, ordered[i].Item, few ? null : ordered[i].Value, few ? null : ordered[i].People, few);
        }
    }

    private static string ItemName(StrengthsView view, Strength strength) =>
        $"{view.Domains.FirstOrDefault(d => d.DomainId == strength.DomainId)?.Name}: {strength.Name}";

    /// <summary>The stored form of a recognition; an unchanged example keeps its id and whether it was hidden.</summary>
    private StoredRecognition Recognised(Recognition recognition, List<StoredRecognition> before)
    {
        var example = StrengthsRules.Example(recognition.Example).Text;
        var earlier = before.Find(r => r.ParticipantId == recognition.ParticipantId && r.StrengthId == recognition.StrengthId);
        var same = earlier is not null && earlier.Example == example;
        return new StoredRecognition
        {
            ParticipantId = recognition.ParticipantId,
            StrengthId = recognition.StrengthId,
            Example = example,
            ExampleId = example is null ? null : same ? earlier!.ExampleId : $"e{++State.LastExampleNumber}",
            ExampleHidden = same && earlier!.ExampleHidden,
        };
    }

    // Each list names a person and strength once (CheckInput), so the recipient's part is the same when it has
    // as many recognitions after as before and each one before is there after, alike. Loops over at most
    // thirty recognitions, every input of a burst: no sets built for the comparison.
    private void TouchIfChanged(string recipient, List<StoredRecognition> before, List<StoredRecognition> after)
    {
        var unmatched = 0;
        foreach (var earlier in before)
        {
            if (earlier.ParticipantId == recipient)
            {
                unmatched += SameIn(after, earlier) ? 0 : 1;
            }
        }

        var difference = 0;
        foreach (var recognition in before)
        {
            difference += recognition.ParticipantId == recipient ? 1 : 0;
        }

        foreach (var recognition in after)
        {
            difference -= recognition.ParticipantId == recipient ? 1 : 0;
        }

        if (unmatched > 0 || difference != 0)
        {
            Touch(recipient);
        }
    }

    /// <summary>Whether one of the first <paramref name="count"/> recognitions names <paramref name="recipient"/>.</summary>
    private static bool Names(List<StoredRecognition> recognitions, int count, string recipient)
    {
        for (var i = 0; i < count; i++)
        {
            if (recognitions[i].ParticipantId == recipient)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameIn(List<StoredRecognition> recognitions, StoredRecognition wanted)
    {
        foreach (var recognition in recognitions)
        {
            if (recognition.ParticipantId == wanted.ParticipantId && recognition.StrengthId == wanted.StrengthId)
            {
                return recognition.Example == wanted.Example && recognition.ExampleHidden == wanted.ExampleHidden;
            }
        }

        return false;
    }

    private Steering Moderate(string? exampleId, bool hidden)
    {
        foreach (var (author, entry) in State.People)
        {
            if (entry.Given.Find(r => r.ExampleId is not null && r.ExampleId == exampleId) is not { } recognition)
            {
                continue;
            }

            if (recognition.ExampleHidden == hidden)
            {
                return Steering.AlreadySo;
            }

            recognition.ExampleHidden = hidden;
            // Both see it change: the author is told it is hidden, the recipient no longer reads it.
            Touch(author);
            Touch(recognition.ParticipantId);
            return Steering.Changed;
        }

        return Steering.Refused("There is no such example (it may have been changed by its author).");
    }

    /// <summary>"Name" or "Name: one-line description".</summary>
    private static (string? Name, string? Description) NameAndDescription(string? text)
    {
        var colon = text?.IndexOf(':') ?? -1;
        return colon < 0 ? (text, null) : (text![..colon], text[(colon + 1)..]);
    }

    private Task RefreshRosterAsync(TimeSpan freshFor) => _roster.RefreshAsync(GrainFactory, State.SessionId, Time, freshFor);

    // People who joined but have not taken part yet appear in everyone's list of teammates within a tick.
    private async Task RosterTickAsync()
    {
        if (State.Status != ActivityStatus.Open)
        {
            return;
        }

        await RefreshRosterAsync(TimeSpan.Zero);
        if (_roster.Unpublished)
        {
            await Steer(new ActivityCommand(NamesChanged));
        }
    }
}
