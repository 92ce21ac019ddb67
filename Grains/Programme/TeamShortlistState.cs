namespace AntiLeadership.Live.Grains.Programme;

/// <summary>
/// Stored as plain JSON beside the team (storage "teams", state "shortlist"): what the team kept for its
/// plan, in the order it was kept. Small: a handful of items per activity, a few activities a session.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class TeamShortlistState
{
    [Id(0)]
    public List<StoredShortlistItem> Items { get; set; } = [];
}
