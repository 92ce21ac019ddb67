using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.Rankings;

/// <summary>A participant's order (statement ids, most important first), with the revision and submissions every contribution keeps.</summary>
[GenerateSerializer]
[JsonConverter(typeof(StoredRankingJson))]
public sealed class StoredRanking : StoredOnceContribution
{
    // Each statement's place (1 = first), built on first use: the agreement of every statement reads
    // every order, and a lookup per statement keeps that linear in the statements.
    [NonSerialized]
    private Dictionary<string, int>? _places;

    /// <summary>Replaced as a whole, never changed in place: setting it forgets the places worked out from it and the JSON kept from the last write.</summary>
    [Id(0)]
    public List<string> Order
    {
        get;
        set
        {
            field = value;
            _places = null;
            Changed();
        }
    } = [];

    /// <summary>Where this person put the statement (1 = first), or null when it is not in their order.</summary>
    public int? PlaceOf(string statementId)
    {
        _places ??= Order.Select((id, i) => (id, place: i + 1)).ToDictionary(p => p.id, p => p.place);
        return _places.TryGetValue(statementId, out var place) ? place : null;
    }
}
