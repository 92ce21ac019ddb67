namespace AntiLeadership.Live.Grains.Programme;

/// <summary>
/// Stored as plain JSON beside the team (storage "teams", state "plan"): the commitments in the order
/// they were made, and a version that grows with every change.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class TeamPlanState
{
    [Id(0)]
    public long Version { get; set; }
    [Id(1)]
    public List<StoredCommitment> Commitments { get; set; } = [];
}
