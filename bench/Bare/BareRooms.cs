using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Bench.Bare;

/// <summary>The rooms this bare node has browsers for: each one's link to its tallies and how many phones came in.</summary>
public sealed class BareRooms(IGrainFactory grains, IHubContext<BareHub> hub)
{
    // Orleans holds observers weakly: each link is kept here, with its reference, for as long as the node runs.
    private readonly Dictionary<string, (BareRoomLink Link, ITallyWatcher Reference)> _links = [];
    private readonly Dictionary<string, int> _present = [];

    public static string Phones(string room) => $"{room}:phones";

    /// <summary>The board and the console, which get every tally the grain pushes.</summary>
    public static string Watchers(string room) => $"{room}:watchers";

    /// <summary>Counts a phone in; the room's number of phones so far.</summary>
    public int Arrive(string room)
    {
        lock (_present)
        {
            return _present[room] = _present.GetValueOrDefault(room) + 1;
        }
    }

    public int Present(string room)
    {
        lock (_present)
        {
            return _present.GetValueOrDefault(room);
        }
    }

    /// <summary>The room's one subscriber on this node, made by the first who asks.</summary>
    public ITallyWatcher LinkFor(string room)
    {
        lock (_links)
        {
            if (!_links.TryGetValue(room, out var link))
            {
                var made = new BareRoomLink(room, hub);
                link = _links[room] = (made, grains.CreateObjectReference<ITallyWatcher>(made));
            }

            return link.Reference;
        }
    }
}
