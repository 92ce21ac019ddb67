namespace AntiLeadership.Live.Grains.Activities.Points;

/// <summary>
/// Running totals per statement, kept alongside the allocations so a snapshot's totals cost
/// O(statements), not O(participants), however many allocations arrive.
/// </summary>
internal sealed class PointsTally
{
    private readonly Dictionary<string, (int Points, int People)> _byStatement = [];

    public int PointsGiven { get; private set; }

    /// <summary>How many have given any points at all.</summary>
    public int Voters { get; private set; }

    public void Rebuild(IEnumerable<StoredAllocation> allocations)
    {
        _byStatement.Clear();
        PointsGiven = 0;
        Voters = 0;
        foreach (var allocation in allocations)
        {
            Add(allocation);
        }
    }

    public void Add(StoredAllocation allocation) => Apply(allocation, +1);

    public void Remove(StoredAllocation allocation) => Apply(allocation, -1);

    public (int Points, int People) For(string statementId) => _byStatement.GetValueOrDefault(statementId);

    private void Apply(StoredAllocation allocation, int sign)
    {
        if (allocation.Points.Count > 0)
        {
            Voters += sign;
        }

        foreach (var (statementId, points) in allocation.Points)
        {
            var current = _byStatement.GetValueOrDefault(statementId);
            _byStatement[statementId] = (current.Points + sign * points, current.People + sign);
            PointsGiven += sign * points;
        }
    }
}
