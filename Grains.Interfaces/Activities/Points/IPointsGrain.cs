namespace AntiLeadership.Live.Activities.Points;

/// <summary>Names the 100-points grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface IPointsGrain : IActivityGrain;
