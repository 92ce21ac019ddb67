using AntiLeadership.Live.Activities.CheckIns;

namespace AntiLeadership.Live.Grains.Activities.CheckIns;

/// <summary>
/// Running counts of a check-in's answers, by word key (with how each key was spelled) and by number,
/// kept alongside the answers so a snapshot costs O(words), not O(participants).
/// </summary>
internal sealed class CheckInTally
{
    private readonly Dictionary<string, Dictionary<string, int>> _spellingsByKey = [];
    private readonly int[] _byValue = new int[CheckInRules.HighestScale - CheckInRules.LowestScale + 1];

    /// <summary>People per scale value, the lowest value first.</summary>
    public IReadOnlyList<int> ByValue => _byValue;

    public void Rebuild(IEnumerable<StoredCheckIn> answers)
    {
        _spellingsByKey.Clear();
        Array.Clear(_byValue);
        foreach (var answer in answers)
        {
            Add(answer);
        }
    }

    public void Add(StoredCheckIn answer) => Apply(answer, +1);

    public void Remove(StoredCheckIn answer) => Apply(answer, -1);

    /// <summary>
    /// Every word, most frequent first. In an anonymous check-in one or two people are "fewer than
    /// three", and such words are also ordered alike (alphabetically), so their order cannot tell a word
    /// of two from a word of one.
    /// </summary>
    public IReadOnlyList<WordCount> Words(IReadOnlyCollection<string> hidden, bool anonymous) =>
        _spellingsByKey
            .Select(entry => (entry.Key, Word: UsualSpelling(entry.Value), People: entry.Value.Values.Sum()))
            .Select(w => (w.Key, w.Word, w.People, Small: anonymous && w.People < 3))
            .OrderByDescending(w => w.Small ? 0 : w.People)
            .ThenBy(w => w.Word, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => new WordCount(w.Key, w.Word, w.Small ? null : w.People, w.Small, hidden.Contains(w.Key)))
            .ToArray();

    // The spelling most people used; among equals the first in ordinal order, so every node agrees.
    private static string UsualSpelling(Dictionary<string, int> spellings) =>
        spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;

    private void Apply(StoredCheckIn answer, int sign)
    {
        if (answer.Scale is { } value)
        {
            _byValue[value - CheckInRules.LowestScale] += sign;
        }

        if (answer.Word is not { } word)
        {
            return;
        }

        var key = CheckInRules.Key(word);
        if (!_spellingsByKey.TryGetValue(key, out var spellings))
        {
            spellings = _spellingsByKey[key] = [];
        }

        var count = spellings.GetValueOrDefault(word) + sign;
        if (count > 0)
        {
            spellings[word] = count;
        }
        else
        {
            spellings.Remove(word);
            if (spellings.Count == 0)
            {
                _spellingsByKey.Remove(key);
            }
        }
    }
}
