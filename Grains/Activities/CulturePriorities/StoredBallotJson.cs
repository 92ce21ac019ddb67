namespace AntiLeadership.Live.Grains.Activities.CulturePriorities;

/// <summary>Writes a <see cref="StoredBallot"/> once per change (see <see cref="StoredOnceJson{TStored, TFields}"/>).</summary>
internal sealed class StoredBallotJson : StoredOnceJson<StoredBallot, StoredBallotJson.Fields>
{
    protected override StoredBallot FromFields(Fields fields) => new() { Dots = fields.Dots ?? [] };

    protected override Fields ToFields(StoredBallot value) => new() { Dots = value.Dots };

    /// <summary>The stored shape, under the member name it has always had.</summary>
    internal sealed class Fields : StoredFields
    {
        public Dictionary<string, int>? Dots { get; set; }
    }
}
