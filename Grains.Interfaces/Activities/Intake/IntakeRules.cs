namespace AntiLeadership.Live.Activities.Intake;

/// <summary>What a kind's shard needs to check input as the activity would; each kind that spreads its intake derives its own.</summary>
[GenerateSerializer, Immutable]
public abstract record IntakeRules;
