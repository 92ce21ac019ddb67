namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>
/// Where someone saw an entry when they made a grouping change: "entryId@groupId", or "entryId@" for an
/// entry in no group. As a destination also "@groupId" (the group itself). See <c>IdeaMove</c>.
/// </summary>
internal readonly record struct IdeaPlace(string? EntryId, string? GroupId)
{
    public static IdeaPlace? Parse(string? text)
    {
        var at = text?.IndexOf('@') ?? -1;
        if (at < 0 || text!.IndexOf('@', at + 1) >= 0)
        {
            return null;
        }

        var entry = text[..at];
        var group = text[(at + 1)..];
        if (entry.Length == 0 && group.Length == 0)
        {
            return null;
        }

        return new IdeaPlace(entry.Length == 0 ? null : entry, group.Length == 0 ? null : group);
    }

    public override string ToString() => $"{EntryId}@{GroupId}";
}
