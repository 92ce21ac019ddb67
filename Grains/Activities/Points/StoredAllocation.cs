using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.Points;

/// <summary>A participant's points (statement id → points, none of them 0), with the revision and submissions every contribution keeps.</summary>
[GenerateSerializer]
[JsonConverter(typeof(StoredAllocationJson))]
public sealed class StoredAllocation : StoredContribution
{
    /// <summary>Replaced as a whole, never changed in place: setting it forgets <see cref="StoredJson"/>.</summary>
    [Id(0)]
    public Dictionary<string, int> Points
    {
        get;
        set
        {
            field = value;
            StoredJson = null;
        }
    } = [];

    /// <summary>
    /// This allocation as JSON, kept from its last write until it changes: a write stores every
    /// allocation of the vote, and in a burst most of them have not changed since the write before.
    /// </summary>
    [NonSerialized]
    internal byte[]? StoredJson;

    public int PointsGiven => Points.Values.Sum();

    protected override void Changed() => StoredJson = null;
}
