namespace AntiLeadership.Live.Sessions;

/// <summary>
/// Who takes a step on the agenda: <see cref="Id"/> tells one facilitator from another (their key; two
/// may share a name), <see cref="Name"/> is what another facilitator is told. Filled by the hub from
/// the connection's credential, never from what a browser sends.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StepActor([property: Id(0)] string Id, [property: Id(1)] string Name)
{
    /// <summary>A step the server takes for itself or a caller without a credential of its own (a test, a tool).</summary>
    public static StepActor Nobody { get; } = new("", "");
}
