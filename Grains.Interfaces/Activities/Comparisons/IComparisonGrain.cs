namespace AntiLeadership.Live.Activities.Comparisons;

/// <summary>Names the comparison card's grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface IComparisonGrain : IActivityGrain;
