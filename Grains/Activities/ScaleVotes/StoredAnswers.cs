using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.ScaleVotes;

/// <summary>A participant's answers (statement id → 1–5), with the revision and submissions every contribution keeps.</summary>
[GenerateSerializer]
[JsonConverter(typeof(StoredAnswersJson))]
public sealed class StoredAnswers : StoredOnceContribution
{
    /// <summary>Replaced as a whole, never changed in place: setting it forgets the JSON kept from the last write.</summary>
    [Id(0)]
    public Dictionary<string, int> Answers
    {
        get;
        set
        {
            field = value;
            Changed();
        }
    } = [];
}
