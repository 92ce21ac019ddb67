using AntiLeadership.Live.Activities.Strengths;

namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>
/// What the map's picture needs from everybody's entries, kept running beside them: how many chose and
/// how often teammates recognised each strength, who may be shown, and the examples newest first. Every
/// write builds the view, and building it from all the entries each time was most of the cost of a map
/// of 10,000 people; kept here, a view costs what the catalogue, the grid of at most thirty and the
/// examples listed cost. The grain tells it of every entry's input before it changes
/// (<see cref="Leaving"/>) and after (<see cref="Entered"/>); <see cref="Rebuild"/> starts again from
/// the entries on activation, and must give what those calls give.
/// </summary>
internal sealed class MapTotals
{
    private readonly Dictionary<string, int> _chosen = [];
    private readonly Dictionary<string, int> _seen = [];
    private readonly SortedSet<NumberedExample> _examples = new(Comparer<NumberedExample>.Create(NumberedExample.NewestFirst));
    private readonly Dictionary<StoredRecognition, NumberedExample> _numbered = new(ReferenceEqualityComparer.Instance);

    // Who is shown depends on the entries, on who received something and on the session's names: the
    // people an input may have changed are looked at again when the view is built, and everyone is
    // when the names changed.
    private readonly HashSet<string> _shown = [];
    private HashSet<string> _lookAgain = [];
    private long _namesSeen = -1;
    private long _added;

    private Dictionary<string, int> _order = [];

    public int Choosers { get; private set; }

    public int Recognisers { get; private set; }

    public int Chosen(string strengthId) => _chosen.GetValueOrDefault(strengthId);

    public int Seen(string strengthId) => _seen.GetValueOrDefault(strengthId);

    public void Rebuild(IEnumerable<KeyValuePair<string, StoredStrengths>> entries)
    {
        _chosen.Clear();
        _seen.Clear();
        _examples.Clear();
        _numbered.Clear();
        _shown.Clear();
        _lookAgain.Clear();
        _namesSeen = -1;
        Choosers = Recognisers = 0;
        foreach (var (participantId, entry) in entries)
        {
            Entered(participantId, entry);
        }
    }

    /// <summary>Before a participant's input replaces what their entry holds.</summary>
    public void Leaving(string participantId, StoredStrengths entry) => Count(participantId, entry, -1);

    /// <summary>After a participant's input is in their entry.</summary>
    public void Entered(string participantId, StoredStrengths entry) => Count(participantId, entry, +1);

    /// <summary>
    /// The people whose column may appear: in the session (so they have a name), with something to show
    /// (strengths of their own, or a teammate's recognition), and not having hidden their column. Someone
    /// recognised before they ever opened the map is shown, as by default, until they choose otherwise.
    /// In no particular order.
    /// </summary>
    public IReadOnlyCollection<string> Shown(StrengthsState state, ReceivedIndex received, SessionRoster roster)
    {
        if (roster.Changes != _namesSeen)
        {
            _namesSeen = roster.Changes;
            _shown.Clear();
            _lookAgain = [.. state.People.Where(p => p.Value.Mine.Count > 0).Select(p => p.Key).Concat(received.Recipients)];
        }

        foreach (var participantId in _lookAgain)
        {
            state.People.TryGetValue(participantId, out var entry);
            var hasSomething = entry?.Mine.Count > 0 || received.Has(participantId);
            if (hasSomething && (entry?.ShowMyColumn ?? true) && roster.Contains(participantId))
            {
                _shown.Add(participantId);
            }
            else
            {
                _shown.Remove(participantId);
            }
        }

        _lookAgain.Clear();
        return _shown;
    }

    /// <summary>The newest examples, at most <paramref name="most"/>: the order they were written in, which must not leave here.</summary>
    public IEnumerable<StoredRecognition> NewestExamples(int most) => _examples.Take(most).Select(e => e.Recognition);

    /// <summary>Each strength's place in the catalogue, which only grows.</summary>
    public IReadOnlyDictionary<string, int> Order(IReadOnlyList<Strength> strengths)
    {
        if (_order.Count != strengths.Count)
        {
            _order = strengths.Select((s, i) => (s.StrengthId, i)).ToDictionary(s => s.StrengthId, s => s.i);
        }

        return _order;
    }

    private void Count(string participantId, StoredStrengths entry, int sign)
    {
        Choosers += entry.Mine.Count > 0 ? sign : 0;
        Recognisers += entry.Given.Count > 0 ? sign : 0;
        foreach (var strengthId in entry.Mine)
        {
            _chosen[strengthId] = _chosen.GetValueOrDefault(strengthId) + sign;
        }

        _lookAgain.Add(participantId);
        foreach (var recognition in entry.Given)
        {
            _seen[recognition.StrengthId] = _seen.GetValueOrDefault(recognition.StrengthId) + sign;
            _lookAgain.Add(recognition.ParticipantId);
            if (recognition.Example is null || recognition.ExampleId is null)
            {
                continue;
            }

            if (sign > 0)
            {
                var numbered = new NumberedExample(ExampleNumber(recognition.ExampleId), ++_added, recognition);
                _numbered[recognition] = numbered;
                _examples.Add(numbered);
            }
            else if (_numbered.Remove(recognition, out var numbered))
            {
                _examples.Remove(numbered);
            }
        }
    }

    private static int ExampleNumber(string exampleId) => int.TryParse(exampleId.AsSpan(1), out var n) ? n : 0;

    /// <summary>An example with the number of its id ("e7"); <see cref="Added"/> only keeps two with the same number apart.</summary>
    private sealed record NumberedExample(int Number, long Added, StoredRecognition Recognition)
    {
        public static int NewestFirst(NumberedExample a, NumberedExample b) =>
            b.Number != a.Number ? b.Number.CompareTo(a.Number) : a.Added.CompareTo(b.Added);
    }
}
