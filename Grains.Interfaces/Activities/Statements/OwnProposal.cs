namespace AntiLeadership.Live.Activities.Statements;

/// <summary>
/// A statement this participant proposed and what became of it; <see cref="Statement"/> is the ballot's
/// wording once accepted (perhaps edited) or merged. Only ever sent to its author's devices.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OwnProposal(
    [property: Id(0)] string ProposalId,
    [property: Id(1)] string Text,
    [property: Id(2)] ProposalStatus Status,
    [property: Id(3)] string? Statement);
