namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>Names the culture-priorities grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface ICulturePrioritiesGrain : IActivityGrain, Intake.IShardedActivity;
