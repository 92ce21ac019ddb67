using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>A participant's dots (statement id → dots), with the revision and submissions every contribution keeps.</summary>
[GenerateSerializer]
[JsonConverter(typeof(StoredBallotJson))]
public sealed class StoredBallot : StoredOnceContribution
{
    /// <summary>Replaced as a whole, never changed in place: setting it forgets the JSON kept from the last write.</summary>
    [Id(0)]
    public Dictionary<string, int> Dots
    {
        get;
        set
        {
            field = value;
            Changed();
        }
    } = [];

    public int DotsPlaced => Dots.Values.Sum();
}
