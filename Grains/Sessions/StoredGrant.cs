using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Grains.Sessions;

/// <summary>
/// The facilitator role as handed to a participant (see <see cref="RoleGrant"/>). <see cref="OnScreen"/>
/// says whether a turn for one activity has had its activity on screen yet: such a turn ends when the
/// screens move on from it, not before it has begun.
/// </summary>
[GenerateSerializer]
public sealed class StoredGrant
{
    [Id(0)]
    public string GrantId { get; set; } = "";
    [Id(1)]
    public string ParticipantId { get; set; } = "";
    [Id(2)]
    public string Name { get; set; } = "";
    [Id(3)]
    public string? ActivityId { get; set; }
    [Id(4)]
    public string? ActivityTitle { get; set; }
    [Id(5)]
    public DateTimeOffset Since { get; set; }
    [Id(6)]
    public string GivenBy { get; set; } = "";
    [Id(7)]
    public bool OnScreen { get; set; }

    public RoleGrant ToGrant() => new(GrantId, ParticipantId, Name, ActivityId, ActivityTitle, Since, GivenBy);
}
