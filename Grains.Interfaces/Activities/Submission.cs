namespace AntiLeadership.Live.Activities;

/// <summary>
/// One participant's input as <see cref="IActivityIntake.SubmitAll"/> takes it: what
/// <see cref="IActivityIntake.Submit"/> takes, as one item of a web node's batch.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Submission(
    [property: Id(0)] string ParticipantId,
    [property: Id(1)] string SubmissionId,
    [property: Id(2)] ActivityInput Input);
