namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>Names the ideas grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface IIdeasGrain : IActivityGrain;
