namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>Names the reconvene review's grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface IReviewGrain : IActivityGrain;
