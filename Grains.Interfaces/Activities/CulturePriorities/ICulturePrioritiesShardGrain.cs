using AntiLeadership.Live.Activities.Intake;

namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>Names the dot vote's intake shard class for Orleans; everything it does is <see cref="IIntakeShardGrain"/>.</summary>
public interface ICulturePrioritiesShardGrain : IIntakeShardGrain;
