using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Grains.Programme;

/// <summary>One turn at facilitating as stored (see <see cref="RotaEntry"/>), in the rota and in a session's outbox.</summary>
[GenerateSerializer]
public sealed class StoredRotaEntry
{
    [Id(0)]
    public string EntryId { get; set; } = "";
    [Id(1)]
    public string SessionId { get; set; } = "";
    [Id(2)]
    public string SessionTitle { get; set; } = "";
    [Id(3)]
    public string? ActivityId { get; set; }
    [Id(4)]
    public string? ActivityTitle { get; set; }
    [Id(5)]
    public string ParticipantId { get; set; } = "";
    [Id(6)]
    public string Name { get; set; } = "";
    [Id(7)]
    public string GivenBy { get; set; } = "";
    [Id(8)]
    public DateTimeOffset From { get; set; }
    [Id(9)]
    public DateTimeOffset? Until { get; set; }

    public RotaEntry ToEntry() => new(EntryId, SessionId, SessionTitle, ActivityId, ActivityTitle, ParticipantId, Name, GivenBy, From, Until);

    public static StoredRotaEntry Of(RotaEntry entry) => new()
    {
        EntryId = entry.EntryId,
        SessionId = entry.SessionId,
        SessionTitle = entry.SessionTitle,
        ActivityId = entry.ActivityId,
        ActivityTitle = entry.ActivityTitle,
        ParticipantId = entry.ParticipantId,
        Name = entry.Name,
        GivenBy = entry.GivenBy,
        From = entry.From,
        Until = entry.Until,
    };
}
