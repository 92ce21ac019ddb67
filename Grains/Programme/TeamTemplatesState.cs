namespace AntiLeadership.Live.Grains.Programme;

/// <summary>
/// Stored as plain JSON beside the team (storage "teams", state "templates"): the agendas the team
/// saved, in the order first saved. At most 30 of at most 50 setups each.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class TeamTemplatesState
{
    [Id(0)]
    public List<StoredTemplate> Templates { get; set; } = [];
}
