namespace AntiLeadership.Live.Grains.Activities.Rankings;

/// <summary>Writes a <see cref="StoredRanking"/> once per change (see <see cref="StoredOnceJson{TStored, TFields}"/>).</summary>
internal sealed class StoredRankingJson : StoredOnceJson<StoredRanking, StoredRankingJson.Fields>
{
    protected override StoredRanking FromFields(Fields fields) => new() { Order = fields.Order ?? [] };

    protected override Fields ToFields(StoredRanking value) => new() { Order = value.Order };

    /// <summary>The stored shape, under the member name it has always had.</summary>
    internal sealed class Fields : StoredFields
    {
        public List<string>? Order { get; set; }
    }
}
