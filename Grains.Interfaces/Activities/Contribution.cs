namespace AntiLeadership.Live.Activities;

/// <summary>
/// One participant's own part in one activity, as stored; each kind derives its own. Only ever sent to
/// that participant's devices. <see cref="Revision"/> grows with every stored change, so a device keeps
/// the newest and can tell when the server holds less than it was once told.
/// </summary>
[GenerateSerializer, Immutable]
public abstract record Contribution(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] long Revision)
{
    public abstract string Kind { get; }
}
