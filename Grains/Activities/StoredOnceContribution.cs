namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// A stored contribution whose JSON is kept from its last write until it changes (see
/// <see cref="StoredOnceJson{TStored, TFields}"/>): a write stores every participant's part of the
/// activity, and in a burst most of them have not changed since the write before.
/// </summary>
[GenerateSerializer]
public abstract class StoredOnceContribution : StoredContribution
{
    /// <summary>This contribution as JSON, from its last write; forgotten by every change.</summary>
    [NonSerialized]
    internal byte[]? StoredJson;

    /// <summary>A kind's own stored members are replaced as a whole, never changed in place, and call this when set.</summary>
    protected override void Changed() => StoredJson = null;
}
