namespace AntiLeadership.Live.Grains.Activities.ScaleVotes;

/// <summary>Writes a <see cref="StoredAnswers"/> once per change (see <see cref="StoredOnceJson{TStored, TFields}"/>).</summary>
internal sealed class StoredAnswersJson : StoredOnceJson<StoredAnswers, StoredAnswersJson.Fields>
{
    protected override StoredAnswers FromFields(Fields fields) => new() { Answers = fields.Answers ?? [] };

    protected override Fields ToFields(StoredAnswers value) => new() { Answers = value.Answers };

    /// <summary>The stored shape, under the member name it has always had.</summary>
    internal sealed class Fields : StoredFields
    {
        public Dictionary<string, int>? Answers { get; set; }
    }
}
