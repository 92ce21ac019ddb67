namespace AntiLeadership.Live.Activities.Rankings;

/// <summary>Names the ranking grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface IRankingGrain : IActivityGrain;
