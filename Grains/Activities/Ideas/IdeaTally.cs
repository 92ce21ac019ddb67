namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>
/// Running dot totals per item (dots, and how many people put them there), kept beside the stored
/// allocations so a snapshot costs O(items), however many votes arrive.
/// </summary>
internal sealed class IdeaTally
{
    private readonly Dictionary<string, (int Dots, int Voters)> _byItem = [];

    public int DotsPlaced { get; private set; }

    public void Rebuild(IEnumerable<StoredIdeas> people)
    {
        _byItem.Clear();
        DotsPlaced = 0;
        foreach (var person in people)
        {
            Add(person);
        }
    }

    public (int Dots, int Voters) For(string itemId) => _byItem.GetValueOrDefault(itemId);

    public void Add(StoredIdeas person) => Apply(person, +1);

    public void Remove(StoredIdeas person) => Apply(person, -1);

    private void Apply(StoredIdeas person, int sign)
    {
        foreach (var (itemId, dots) in person.Dots)
        {
            var (total, voters) = _byItem.GetValueOrDefault(itemId);
            var next = (total + sign * dots, voters + sign);
            if (next.Item2 <= 0)
            {
                _byItem.Remove(itemId);
            }
            else
            {
                _byItem[itemId] = next;
            }

            DotsPlaced += sign * dots;
        }
    }
}
