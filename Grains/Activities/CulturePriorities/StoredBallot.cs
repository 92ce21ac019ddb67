using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>A participant's dots (statement id → dots), with the revision and submissions every contribution keeps.</summary>
[GenerateSerializer]
[JsonConverter(typeof(StoredBallotJson))]
public sealed class StoredBallot : StoredContribution
{
    /// <summary>Replaced as a whole, never changed in place: setting it forgets <see cref="StoredJson"/>.</summary>
    [Id(0)]
    public Dictionary<string, int> Dots
    {
        get;
        set
        {
            field = value;
            StoredJson = null;
        }
    } = [];

    /// <summary>
    /// This ballot as JSON, kept from its last write until it changes: a write stores every ballot of the
    /// activity, and in a burst most of them have not changed since the write before.
    /// </summary>
    [NonSerialized]
    internal byte[]? StoredJson;

    public int DotsPlaced => Dots.Values.Sum();

    protected override void Changed() => StoredJson = null;
}
