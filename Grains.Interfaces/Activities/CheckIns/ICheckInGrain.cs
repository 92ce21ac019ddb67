namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>Names the check-in grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface ICheckInGrain : IActivityGrain;
