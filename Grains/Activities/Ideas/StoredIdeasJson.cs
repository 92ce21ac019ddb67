namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>Writes <see cref="StoredIdeas"/> once per change (see <see cref="StoredOnceJson{TStored, TFields}"/>).</summary>
internal sealed class StoredIdeasJson : StoredOnceJson<StoredIdeas, StoredIdeasJson.Fields>
{
    protected override StoredIdeas FromFields(Fields fields) => new() { Ideas = fields.Ideas ?? [], Dots = fields.Dots ?? [] };

    protected override Fields ToFields(StoredIdeas value) => new() { Ideas = value.Ideas, Dots = value.Dots };

    /// <summary>The stored shape, under the member names it has always had.</summary>
    internal sealed class Fields : StoredFields
    {
        public List<StoredIdea>? Ideas { get; set; }

        public Dictionary<string, int>? Dots { get; set; }
    }
}
