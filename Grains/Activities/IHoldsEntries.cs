namespace AntiLeadership.Live.Grains.Activities;

/// <summary>An activity's state, seen without its entry type: lets <see cref="SharedStateJson"/> leave the entries out.</summary>
internal interface IHoldsEntries
{
    object Entries { get; }
}
