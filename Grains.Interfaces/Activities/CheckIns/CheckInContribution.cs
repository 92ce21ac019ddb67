namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>
/// One participant's own answer as stored, only ever sent to their devices. <see cref="WordHidden"/>
/// tells them the facilitator has taken their word off the board and the phones.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record CheckInContribution(
    string ActivityId,
    [property: Id(0)] string? Word,
    [property: Id(1)] int? Scale,
    [property: Id(2)] bool WordHidden,
    long Revision) : Contribution(ActivityId, Revision)
{
    public override string Kind => CheckInKind.Name;
}
