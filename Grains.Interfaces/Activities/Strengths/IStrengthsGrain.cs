namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>Names the strengths-map grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface IStrengthsGrain : IActivityGrain;
