using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Programme.Results;

/// <summary>
/// Stored as plain JSON beside the team (storage "teams", state "results"): each closed activity's
/// points, one entry per activity. Small: a few dozen numbers per activity, a few activities a session.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class TeamResultsState
{
    [Id(0)]
    public List<RecordedResults> Activities { get; set; } = [];
}
