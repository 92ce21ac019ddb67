using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities.ScaleVotes;

/// <summary>A participant's answers (statement id → 1–5), with the revision and submissions every contribution keeps.</summary>
[GenerateSerializer]
[JsonConverter(typeof(StoredAnswersJson))]
public sealed class StoredAnswers : StoredContribution
{
    /// <summary>Replaced as a whole, never changed in place: setting it forgets <see cref="StoredJson"/>.</summary>
    [Id(0)]
    public Dictionary<string, int> Answers
    {
        get;
        set
        {
            field = value;
            StoredJson = null;
        }
    } = [];

    /// <summary>
    /// These answers as JSON, kept from their last write until they change: a write stores every
    /// participant's answers, and in a burst most of them have not changed since the write before.
    /// </summary>
    [NonSerialized]
    internal byte[]? StoredJson;

    protected override void Changed() => StoredJson = null;
}
