namespace AntiLeadership.Live.Activities.Grid;

/// <summary>Names the 2×2 grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface IGridGrain : IActivityGrain;
