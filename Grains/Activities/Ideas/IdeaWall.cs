using AntiLeadership.Live.Activities.Ideas;

namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>
/// The room's wall of entries, kept beside the stored state: every entry by id with its author, the
/// group each is in, and the wall's order (by text, so similar entries sit together and the order says
/// nothing about who wrote first). Groups change only through here, so the stored groups and this index
/// always agree. Rebuilt from stored state once per activation.
/// </summary>
internal sealed class IdeaWall
{
    private readonly Dictionary<string, (string Author, StoredIdea Idea)> _entries = [];
    private readonly Dictionary<string, string> _groupOf = [];
    private readonly Dictionary<string, string> _sortKeys = [];

    // Who last moved each entry, for the message to whoever moved it at the same moment. Memory only:
    // after a restart the message says "someone".
    private readonly Dictionary<string, bool> _movedByFacilitator = [];
    private IdeasState _state = new();
    private Dictionary<string, int>? _ranks;

    /// <summary>Every entry, set-aside and removed ones too.</summary>
    public int Count => _entries.Count;

    /// <summary>Entries the room sees (not set aside, not removed).</summary>
    public int Visible { get; private set; }

    public int SetAside { get; private set; }

    public void Rebuild(IdeasState state)
    {
        _state = state;
        _entries.Clear();
        _groupOf.Clear();
        _sortKeys.Clear();
        foreach (var (author, stored) in state.People)
        {
            foreach (var idea in stored.Ideas)
            {
                _entries[idea.EntryId] = (author, idea);
                _sortKeys[idea.EntryId] = TextRules.NameKey(idea.Text);
            }
        }

        foreach (var (groupId, group) in state.Groups)
        {
            foreach (var entryId in group.Entries)
            {
                _groupOf[entryId] = groupId;
            }
        }

        Recount();
    }

    public (string Author, StoredIdea Idea)? Find(string entryId) => _entries.TryGetValue(entryId, out var found) ? found : null;

    public string? GroupOf(string entryId) => _groupOf.GetValueOrDefault(entryId);

    public bool IsOnWall(string entryId) => _entries.TryGetValue(entryId, out var e) && e.Idea.Moderation == IdeaModeration.None;

    /// <summary>Whether <paramref name="itemId"/> is something dots can go on: a group, or a visible entry in no group.</summary>
    public bool IsItem(string itemId) =>
        _state.Groups.ContainsKey(itemId) || (IsOnWall(itemId) && !_groupOf.ContainsKey(itemId));

    /// <summary>Replaces an author's entries with their new list (checked already). Only while writing: no entry is in a group yet.</summary>
    public void Write(string author, StoredIdeas stored, IReadOnlyList<IdeaDraft> drafts, Func<string, string> tidy)
    {
        var before = stored.Ideas.ToDictionary(i => i.EntryId);
        var after = new List<StoredIdea>(drafts.Count);
        foreach (var draft in drafts)
        {
            var text = tidy(draft.Text);
            if (before.Remove(draft.EntryId, out var idea))
            {
                idea.Text = idea.Moderation == IdeaModeration.None ? text : idea.Text;
            }
            else
            {
                idea = new StoredIdea { EntryId = draft.EntryId, Text = text };
                if (_entries.TryGetValue(idea.EntryId, out var replaced))
                {
                    Tally(replaced.Idea.Moderation, -1);
                }

                Tally(idea.Moderation, +1);
            }

            after.Add(idea);
            _entries[idea.EntryId] = (author, idea);
            _sortKeys[idea.EntryId] = TextRules.NameKey(idea.Text);
        }

        foreach (var (deleted, idea) in before)
        {
            if (_entries.Remove(deleted))
            {
                Tally(idea.Moderation, -1);
            }

            _sortKeys.Remove(deleted);
        }

        stored.Ideas = after;

        // Counted as they change rather than recounted: a room of a thousand writes thousands of times
        // while the wall holds thousands of entries.
        _ranks = null;
    }

    /// <summary>Sets what the facilitator did with an entry, taking it out of its group when it leaves the wall. Returns the group that emptied, if any.</summary>
    public string? Moderate(StoredIdea idea, IdeaModeration moderation)
    {
        idea.Moderation = moderation;
        if (_entries.TryGetValue(idea.EntryId, out var found) && _state.People.TryGetValue(found.Author, out var author))
        {
            author.EntryChanged();
        }

        var emptied = moderation == IdeaModeration.None ? null : Leave(idea.EntryId);
        _state.GroupingVersion++;
        Recount();
        return emptied;
    }

    /// <summary>
    /// Checks a grouping change against the wall as it is now: every moved entry must still be where the
    /// mover saw it, and the destination still there. A change the wall already shows is "already so".
    /// </summary>
    public (GroupingChange? Change, Steering Outcome) Check(IReadOnlyList<string>? movers, string? destination)
    {
        var places = (movers ?? []).Select(IdeaPlace.Parse).ToList();
        if (places.Count == 0)
        {
            return (null, Steering.Refused("Choose the entries to move first."));
        }

        if (places.Count > IdeasRules.MaxMoved)
        {
            return (null, Steering.Refused($"Move at most {IdeasRules.MaxMoved} entries at once."));
        }

        if (places.Any(p => p?.EntryId is null) || places.Select(p => p!.Value.EntryId).Distinct().Count() != places.Count)
        {
            return (null, Steering.Refused(Malformed));
        }

        var (target, groupId, with) = ParseDestination(destination);
        if (target is null)
        {
            return (null, Steering.Refused(Malformed));
        }

        var moving = places.Select(p => p!.Value).Where(p => p.EntryId != with?.EntryId).ToList();
        if (moving.Find(p => !IsOnWall(p.EntryId!)) is { EntryId: not null } gone)
        {
            return (null, Steering.Refused(_entries.TryGetValue(gone.EntryId, out var e) ? $"{IdeasRules.Quote(e.Idea.Text)} is no longer on the wall — look again." : "That entry is no longer on the wall — look again."));
        }

        var ids = moving.Select(p => p.EntryId!).ToList();
        if (ids.Count == 0 || AlreadySo(ids, target.Value, groupId, with))
        {
            return (null, Steering.AlreadySo);
        }

        if (moving.Find(p => GroupOf(p.EntryId!) != p.GroupId) is { EntryId: not null } moved)
        {
            return (null, Steering.Refused(JustMoved(moved.EntryId)));
        }

        if (with is { } w)
        {
            if (!IsOnWall(w.EntryId!))
            {
                return (null, Steering.Refused("That entry is no longer on the wall — look again."));
            }

            if (GroupOf(w.EntryId!) != w.GroupId)
            {
                return (null, Steering.Refused(JustMoved(w.EntryId!)));
            }

            // Dropped on an entry that is in a group: into that group.
            if (w.GroupId is not null)
            {
                return (new GroupingChange(ids, GroupingTarget.Into, GroupId: w.GroupId), Steering.Changed);
            }
        }

        if (target == GroupingTarget.Into && !_state.Groups.ContainsKey(groupId!))
        {
            return (null, Steering.Refused(GroupGone));
        }

        return (new GroupingChange(ids, target.Value, groupId, with?.EntryId), Steering.Changed);
    }

    public void Apply(GroupingChange change, bool byFacilitator)
    {
        var into = change.Target switch
        {
            GroupingTarget.Into => change.GroupId,
            GroupingTarget.NewWith or GroupingTarget.New => NewGroup(),
            _ => null,
        };
        var moving = change.WithEntry is { } with ? change.Movers.Prepend(with) : change.Movers;
        foreach (var entryId in moving)
        {
            if (GroupOf(entryId) == into)
            {
                continue;
            }

            Leave(entryId);
            if (into is not null)
            {
                Join(entryId, into);
            }

            _movedByFacilitator[entryId] = byFacilitator;
        }

        _state.GroupingVersion++;
    }

    /// <summary>Puts every entry of <paramref name="from"/> into <paramref name="into"/>; the merged group keeps a name if either had one.</summary>
    public Steering Merge(string? from, string? into, bool byFacilitator)
    {
        if (from is null || into is null || !_state.Groups.TryGetValue(from, out var source) || !_state.Groups.TryGetValue(into, out var target))
        {
            return Steering.Refused(GroupGone);
        }

        if (from == into)
        {
            return Steering.AlreadySo;
        }

        target.Name ??= source.Name;
        foreach (var entryId in source.Entries.ToArray())
        {
            Leave(entryId);
            Join(entryId, into);
            _movedByFacilitator[entryId] = byFacilitator;
        }

        _state.GroupingVersion++;
        return Steering.Changed;
    }

    public Steering Name(string? groupId, string? typed)
    {
        if (groupId is null || !_state.Groups.TryGetValue(groupId, out var group))
        {
            return Steering.Refused(GroupGone);
        }

        var (name, problem) = IdeasRules.GroupName(typed);
        if (problem is not null)
        {
            return Steering.Refused(problem);
        }

        var named = name.Length == 0 ? null : name;
        if (group.Name == named)
        {
            return Steering.AlreadySo;
        }

        group.Name = named;
        _state.GroupingVersion++;
        return Steering.Changed;
    }

    /// <summary>Every item, in the wall's order (a group where its first entry is), set-aside entries included for the facilitator.</summary>
    public IReadOnlyList<WallItem> Items()
    {
        var ranks = Ranks();
        var items = new List<(int Anchor, WallItem Item)>(_entries.Count);
        foreach (var (groupId, group) in _state.Groups)
        {
            var entries = group.Entries.Select(id => _entries[id].Idea).OrderBy(i => ranks[i.EntryId]).ToArray();
            items.Add((ranks[entries[0].EntryId], new WallItem(groupId, true, group.Name, entries)));
        }

        foreach (var (entryId, (_, idea)) in _entries)
        {
            if (idea.Moderation != IdeaModeration.Removed && !_groupOf.ContainsKey(entryId))
            {
                items.Add((ranks[entryId], new WallItem(entryId, false, null, [idea])));
            }
        }

        items.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));
        return items.Select(i => i.Item).ToArray();
    }

    /// <summary>What an item is called (see <see cref="WallItem.Label"/>), or null when it is gone.</summary>
    public string? Label(string itemId)
    {
        if (_state.Groups.TryGetValue(itemId, out var group))
        {
            var ranks = Ranks();
            return group.Name ?? _entries[group.Entries.MinBy(id => ranks[id])!].Idea.Text;
        }

        return _entries.TryGetValue(itemId, out var entry) ? entry.Idea.Text : null;
    }

    /// <summary>The item an entry belongs to: its group, or the entry itself.</summary>
    public string ItemOf(string entryId) => GroupOf(entryId) ?? entryId;

    private const string Malformed = "This grouping change is not in the shape the server takes. Reload the page and try again.";

    private const string GroupGone = "That group is no longer there: someone just changed it — look again.";

    private static (GroupingTarget? Target, string? GroupId, IdeaPlace? With) ParseDestination(string? destination)
    {
        if (destination is null)
        {
            return (GroupingTarget.Out, null, null);
        }

        if (destination == "new")
        {
            return (GroupingTarget.New, null, null);
        }

        return IdeaPlace.Parse(destination) switch
        {
            { EntryId: null, GroupId: { } group } => (GroupingTarget.Into, group, null),
            { EntryId: not null } with => (GroupingTarget.NewWith, null, with),
            _ => (null, null, null),
        };
    }

    // A repeat of a change whose answer was lost finds the wall already as it asked: that is "done", not
    // "someone moved it".
    private bool AlreadySo(IReadOnlyList<string> movers, GroupingTarget target, string? groupId, IdeaPlace? with) => target switch
    {
        GroupingTarget.Out => movers.All(m => GroupOf(m) is null),
        GroupingTarget.Into => movers.All(m => GroupOf(m) == groupId),
        GroupingTarget.NewWith => GroupOf(with!.Value.EntryId!) is { } shared && movers.All(m => GroupOf(m) == shared),
        _ => movers.Count > 0 && GroupOf(movers[0]) is { } own && movers.All(m => GroupOf(m) == own) && _state.Groups[own].Entries.Count == movers.Count,
    };

    private string JustMoved(string entryId)
    {
        var who = _movedByFacilitator.TryGetValue(entryId, out var facilitator) && facilitator ? "The facilitator" : "Someone";
        return $"{who} just moved {IdeasRules.Quote(_entries[entryId].Idea.Text)} — look again.";
    }

    private string NewGroup()
    {
        var groupId = $"g{++_state.LastGroupNumber}";
        _state.Groups[groupId] = new StoredGroup();
        return groupId;
    }

    private void Join(string entryId, string groupId)
    {
        _state.Groups[groupId].Entries.Add(entryId);
        _groupOf[entryId] = groupId;
    }

    /// <summary>Takes an entry out of its group; a group left empty goes. Returns that group's id, if one went.</summary>
    private string? Leave(string entryId)
    {
        if (!_groupOf.Remove(entryId, out var groupId))
        {
            return null;
        }

        var group = _state.Groups[groupId];
        group.Entries.Remove(entryId);
        if (group.Entries.Count > 0)
        {
            return null;
        }

        _state.Groups.Remove(groupId);
        return groupId;
    }

    private Dictionary<string, int> Ranks()
    {
        if (_ranks is { } known && known.Count == _entries.Count)
        {
            return known;
        }

        var ordered = _entries.Keys
            .OrderBy(id => _sortKeys[id], StringComparer.Ordinal)
            .ThenBy(id => _entries[id].Idea.Text, StringComparer.Ordinal)
            .ThenBy(id => id, StringComparer.Ordinal);
        var ranks = new Dictionary<string, int>(_entries.Count);
        foreach (var id in ordered)
        {
            ranks[id] = ranks.Count;
        }

        return _ranks = ranks;
    }

    private void Tally(IdeaModeration moderation, int sign)
    {
        if (moderation == IdeaModeration.None)
        {
            Visible += sign;
        }
        else if (moderation == IdeaModeration.SetAside)
        {
            SetAside += sign;
        }
    }

    private void Recount()
    {
        _ranks = null;
        Visible = _entries.Values.Count(e => e.Idea.Moderation == IdeaModeration.None);
        SetAside = _entries.Values.Count(e => e.Idea.Moderation == IdeaModeration.SetAside);
    }
}
