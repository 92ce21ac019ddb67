using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.Points;

/// <summary>A participant's points (statement id → points, none of them 0), with the revision and submissions every contribution keeps.</summary>
[GenerateSerializer]
[JsonConverter(typeof(StoredAllocationJson))]
public sealed class StoredAllocation : StoredOnceContribution
{
    /// <summary>Replaced as a whole, never changed in place: setting it forgets the JSON kept from the last write.</summary>
    [Id(0)]
    public Dictionary<string, int> Points
    {
        get;
        set
        {
            field = value;
            Changed();
        }
    } = [];

    public int PointsGiven => Points.Values.Sum();
}
