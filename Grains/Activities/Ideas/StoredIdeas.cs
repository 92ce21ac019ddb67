using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>
/// A participant's part as stored: their entries in the order they wrote them, and their dots (item id →
/// dots). Which group an entry is in is the room's, not the author's: it lives in the groups. Written
/// once per change (<see cref="StoredIdeasJson"/>): a room of a thousand holds thousands of entries, and
/// every write stores them all.
/// </summary>
[GenerateSerializer]
[JsonConverter(typeof(StoredIdeasJson))]
public sealed class StoredIdeas : StoredOnceContribution
{
    /// <summary>Replaced as a whole; an entry changed in place (its moderation) calls <see cref="EntryChanged"/>.</summary>
    [Id(0)]
    public List<StoredIdea> Ideas
    {
        get;
        set
        {
            field = value;
            Changed();
        }
    } = [];

    /// <summary>Replaced as a whole, never changed in place.</summary>
    [Id(1)]
    public Dictionary<string, int> Dots
    {
        get;
        set
        {
            field = value;
            Changed();
        }
    } = [];

    /// <summary>One of <see cref="Ideas"/> was changed in place: the JSON kept from the last write is stale.</summary>
    public void EntryChanged() => Changed();
}
