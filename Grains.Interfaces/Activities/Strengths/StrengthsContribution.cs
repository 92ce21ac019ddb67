namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// One participant's own part in a strengths map and what teammates see in them. Only ever sent to that
/// participant's devices; changes when a teammate recognises them or the facilitator hides their example.
/// <see cref="ParticipantId"/> is whose it is, so their phone can leave them out of the list of teammates
/// (the shared view's list is the same for everyone).
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record StrengthsContribution(
    string ActivityId,
    [property: Id(0)] IReadOnlyList<string> Mine,
    [property: Id(1)] IReadOnlyList<GivenRecognition> Given,
    [property: Id(2)] IReadOnlyList<ReceivedRecognition> Received,
    [property: Id(3)] bool ShowMyColumn,
    [property: Id(4)] string ParticipantId,
    long Revision) : Contribution(ActivityId, Revision)
{
    public override string Kind => StrengthsKind.Name;
}
