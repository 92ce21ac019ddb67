namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>
/// The recognitions each participant has received (recipient → giver and recognition), kept alongside the
/// entries so that building one recipient's contribution costs what they received, not a walk through
/// everybody's entries.
/// </summary>
internal sealed class ReceivedIndex
{
    private readonly Dictionary<string, List<(string Giver, StoredRecognition Recognition)>> _byRecipient = [];

    public IReadOnlyList<(string Giver, StoredRecognition Recognition)> Of(string recipientId) =>
        _byRecipient.TryGetValue(recipientId, out var list) ? list : [];

    public IEnumerable<string> Recipients => _byRecipient.Keys;

    public bool Has(string recipientId) => _byRecipient.ContainsKey(recipientId);

    public void Rebuild(IEnumerable<KeyValuePair<string, StoredStrengths>> entries)
    {
        _byRecipient.Clear();
        foreach (var (giver, entry) in entries)
        {
            Add(giver, entry.Given);
        }
    }

    public void Add(string giver, IEnumerable<StoredRecognition> given)
    {
        foreach (var recognition in given)
        {
            if (!_byRecipient.TryGetValue(recognition.ParticipantId, out var list))
            {
                list = _byRecipient[recognition.ParticipantId] = [];
            }

            list.Add((giver, recognition));
        }
    }

    public void Remove(string giver, IEnumerable<StoredRecognition> given)
    {
        // A plain walk: this runs for every input of a burst, and the lists are short.
        foreach (var recognition in given)
        {
            if (!_byRecipient.TryGetValue(recognition.ParticipantId, out var list))
            {
                continue;
            }

            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (list[i].Giver == giver)
                {
                    list.RemoveAt(i);
                }
            }

            if (list.Count == 0)
            {
                _byRecipient.Remove(recognition.ParticipantId);
            }
        }
    }
}
