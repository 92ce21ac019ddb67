using AntiLeadership.Live.Activities.Ideas;

namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>
/// Cuts the wall into pages that each fit one message. The hub takes messages of 32 KB; a room of a
/// thousand writes 3,000 entries of up to 140 characters (840 bytes each once escaped), so the whole
/// wall never travels at once. A page holds items in the wall's order until <see cref="Budget"/> bytes
/// or <see cref="MaxItems"/> items (what a board or a phone can show), whichever comes first; the rest
/// of a view (its stage, prompt and counts) stays under a few kilobytes.
/// </summary>
internal static class IdeaPages
{
    public const int Budget = 24_000;
    public const int MaxItems = 100;

    /// <summary>At most this many items in the ranking, kept ones always among them.</summary>
    public const int MaxRanked = 30;

    // The members' names and punctuation of one item and of one entry, rounded up.
    private const int ItemOverhead = 160;
    private const int EntryOverhead = 60;

    /// <summary>Page <paramref name="number"/> (clamped to the pages there are) of <paramref name="items"/>, shaped by <paramref name="shape"/>.</summary>
    public static (IdeasPage Page, IReadOnlyList<IdeaItem> Items) Page(IReadOnlyList<WallItem> items, int number, Func<WallItem, IReadOnlyList<IdeaEntry>, int, IdeaItem> shape)
    {
        var pages = new List<(int First, List<IdeaItem> Items)>();
        var current = new List<IdeaItem>();
        var first = 0;
        var used = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var (entries, more, size) = Fit(items[i], Budget);
            if (current.Count > 0 && (used + size > Budget || current.Count >= MaxItems))
            {
                pages.Add((first, current));
                current = [];
                first = i;
                used = 0;
            }

            current.Add(shape(items[i], entries, more));
            used += size;
        }

        pages.Add((first, current));
        var index = Math.Clamp(number, 1, pages.Count) - 1;
        return (new IdeasPage(index + 1, pages.Count, pages[index].First + 1, items.Count), pages[index].Items);
    }

    /// <summary>
    /// Items by dots (most first; equal ones in the wall's order): for a message, kept ones always and
    /// others as many as fit; for the download (<paramref name="all"/>), every one.
    /// </summary>
    public static IReadOnlyList<RankedIdea> Ranking(IReadOnlyList<WallItem> items, Func<string, int> dots, Func<WallItem, int, RankedIdea> shape, ISet<string> kept, bool all = false)
    {
        var ordered = items.Select((item, order) => (Item: item, Dots: dots(item.ItemId), Order: order))
            .OrderByDescending(i => i.Dots)
            .ThenBy(i => i.Order)
            .ToArray();
        int Size(WallItem item) => ItemOverhead + JsonSize.Of(item.Label);

        // Kept items (at most IdeasRules.MaxKept) are always in: their room is taken first.
        var used = items.Where(i => kept.Contains(i.ItemId)).Sum(Size);
        var count = kept.Count;
        var ranked = new List<RankedIdea>();
        var rank = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            // Equal dots, equal rank: 1, 2, 2, 4.
            rank = i > 0 && ordered[i].Dots == ordered[i - 1].Dots ? rank : i + 1;
            var item = ordered[i].Item;
            if (all || kept.Contains(item.ItemId))
            {
                ranked.Add(shape(item, rank));
            }
            else if (count < MaxRanked && used + Size(item) <= Budget)
            {
                ranked.Add(shape(item, rank));
                used += Size(item);
                count++;
            }
        }

        return ranked;
    }

    /// <summary>An item's entries that fit in <paramref name="room"/> bytes (at least one), how many did not, and its size.</summary>
    private static (IReadOnlyList<IdeaEntry> Entries, int More, int Size) Fit(WallItem item, int room)
    {
        var size = ItemOverhead + JsonSize.Of(item.Name) + item.ItemId.Length;
        var entries = new List<IdeaEntry>(item.Entries.Count);
        foreach (var idea in item.Entries)
        {
            var entry = EntryOverhead + idea.EntryId.Length + JsonSize.Of(idea.Text);
            if (entries.Count > 0 && size + entry > room)
            {
                break;
            }

            entries.Add(new IdeaEntry(idea.EntryId, idea.Text, idea.Moderation == IdeaModeration.SetAside));
            size += entry;
        }

        return (entries, item.Entries.Count - entries.Count, size);
    }
}
