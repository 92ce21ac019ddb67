namespace AntiLeadership.Live.Grains.Activities.Points;

/// <summary>Writes a <see cref="StoredAllocation"/> once per change (see <see cref="StoredOnceJson{TStored, TFields}"/>).</summary>
internal sealed class StoredAllocationJson : StoredOnceJson<StoredAllocation, StoredAllocationJson.Fields>
{
    protected override StoredAllocation FromFields(Fields fields) => new() { Points = fields.Points ?? [] };

    protected override Fields ToFields(StoredAllocation value) => new() { Points = value.Points };

    /// <summary>The stored shape, under the member name it has always had.</summary>
    internal sealed class Fields : StoredFields
    {
        public Dictionary<string, int>? Points { get; set; }
    }
}
