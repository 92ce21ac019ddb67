namespace AntiLeadership.Live.Grains.Teams;

/// <summary>
/// Which current members of a team hold which name, compared as <see cref="TextRules.NameKey"/>, so
/// that a room of thousands joining at once does not compare every name with every other. In memory
/// only: it follows the members in memory and is built again from them by each activation. A name can
/// have several holders in teams stored before names had to differ.
/// </summary>
internal sealed class MemberNames
{
    private readonly Dictionary<string, HashSet<string>> _holders = [];

    public MemberNames(IEnumerable<KeyValuePair<string, StoredMember>> members)
    {
        foreach (var (participantId, member) in members)
        {
            Add(participantId, member.DisplayName);
        }
    }

    public void Add(string participantId, string name)
    {
        var key = TextRules.NameKey(name);
        if (!_holders.TryGetValue(key, out var holders))
        {
            _holders[key] = holders = [];
        }

        holders.Add(participantId);
    }

    public void Remove(string participantId, string name)
    {
        var key = TextRules.NameKey(name);
        if (_holders.TryGetValue(key, out var holders) && holders.Remove(participantId) && holders.Count == 0)
        {
            _holders.Remove(key);
        }
    }

    /// <summary>A member other than <paramref name="participantId"/> whose name looks like <paramref name="name"/>, or null.</summary>
    public string? OtherHolder(string name, string participantId) =>
        _holders.TryGetValue(TextRules.NameKey(name), out var holders) ? holders.FirstOrDefault(id => id != participantId) : null;
}
