namespace AntiLeadership.Live.Grains.Programme;

/// <summary>
/// Stored as plain JSON beside the team (storage "teams", state "rota"): the team's turns at
/// facilitating, oldest first. Small: a few turns a session.
/// </summary>
[GenerateSerializer]
public sealed class TeamRotaState
{
    [Id(0)]
    public List<StoredRotaEntry> Entries { get; set; } = [];
}
