using AntiLeadership.Live.Activities.Grid;

namespace AntiLeadership.Live.Grains.Activities.Grid;

/// <summary>
/// Running sums per item (people, Σx, Σy, Σ(x²+y²)), kept alongside the placements so a snapshot costs
/// O(items), not O(participants), however many placements arrive. The spread is the root mean square
/// distance from the average position (the "standard distance"), which these sums give exactly; the
/// plain mean distance would need every placement again for every snapshot.
/// </summary>
internal sealed class GridTally
{
    private readonly Dictionary<string, Sums> _byItem = [];

    public void Rebuild(IEnumerable<StoredPlacements> entries)
    {
        _byItem.Clear();
        foreach (var entry in entries)
        {
            Add(entry);
        }
    }

    public void Add(StoredPlacements entry) => Apply(entry, +1);

    public void Remove(StoredPlacements entry) => Apply(entry, -1);

    /// <summary>
    /// Each item's place as it may be shown, in the items' order. In an anonymous 2×2 an item placed by
    /// one or two people has no count and no position: with one, the average is that person's placement.
    /// </summary>
    public IReadOnlyList<ItemPosition> Positions(IEnumerable<GridItem> items, bool anonymous) =>
        items.Select(item => Position(item.ItemId, anonymous)).ToArray();

    private ItemPosition Position(string itemId, bool anonymous)
    {
        var sums = _byItem.GetValueOrDefault(itemId);
        if (sums.People == 0)
        {
            return new ItemPosition(itemId, 0, null, null, null);
        }

        if (anonymous && sums.People < 3)
        {
            return new ItemPosition(itemId, null, null, null, null, FewerThanThree: true);
        }

        double n = sums.People;
        var (x, y) = (sums.X / n, sums.Y / n);
        // E[x²+y²] − (x̄² + ȳ²); never below zero, however the doubles round.
        var spread = Math.Sqrt(Math.Max(0, sums.Squares / n - x * x - y * y));
        return new ItemPosition(itemId, sums.People, Round(x), Round(y), Round(spread));
    }

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    private void Apply(StoredPlacements entry, int sign)
    {
        foreach (var (itemId, p) in entry.Placements)
        {
            var sums = _byItem.GetValueOrDefault(itemId);
            sums = new Sums(
                sums.People + sign,
                sums.X + sign * p.X,
                sums.Y + sign * p.Y,
                sums.Squares + sign * ((long)p.X * p.X + (long)p.Y * p.Y));
            if (sums.People == 0)
            {
                _byItem.Remove(itemId);
            }
            else
            {
                _byItem[itemId] = sums;
            }
        }
    }

    private readonly record struct Sums(int People, long X, long Y, long Squares);
}
