namespace AntiLeadership.Live.Activities.Content;

/// <summary>Names the content card's grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface IContentGrain : IActivityGrain;
