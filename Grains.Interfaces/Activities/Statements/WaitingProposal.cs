namespace AntiLeadership.Live.Activities.Statements;

/// <summary>
/// A statement a participant proposed, waiting for the facilitator. Only the facilitator's view carries
/// these; <see cref="AuthorId"/> only when the activity is not anonymous.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WaitingProposal(
    [property: Id(0)] string ProposalId,
    [property: Id(1)] string Text,
    [property: Id(2)] string? AuthorId);
