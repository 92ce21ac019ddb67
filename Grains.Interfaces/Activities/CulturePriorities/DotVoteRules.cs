using AntiLeadership.Live.Activities.Intake;

namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>What a dot vote's shard checks a ballot against: the statements on the ballot and the dot limits.</summary>
[GenerateSerializer, Immutable]
public sealed record DotVoteRules(
    [property: Id(0)] IReadOnlyList<string> StatementIds,
    [property: Id(1)] int DotsPerParticipant,
    [property: Id(2)] int MaxDotsPerStatement) : IntakeRules;
