namespace AntiLeadership.Live.Activities;

/// <summary>
/// What a facilitator may take away from one activity: <see cref="Rows"/> (aggregates, for every kind
/// the same shape) and the kind's own <see cref="Details"/>, which name people only where the activity
/// is named and they agreed to be shown. Nothing in an anonymous activity's results ties input to a person.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ActivityResults(
    [property: Id(0)] string Title,
    [property: Id(1)] string Kind,
    [property: Id(2)] bool Anonymous,
    [property: Id(3)] ActivityStatus Status,
    [property: Id(4)] int Contributors,
    [property: Id(5)] IReadOnlyList<ResultRow> Rows,
    [property: Id(6)] object? Details)
{
    /// <summary>How a named export shows someone who has since been removed from the team.</summary>
    public const string RemovedParticipant = "(removed from the team)";
}
