namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>Names the agreement-scale grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface IScaleVoteGrain : IActivityGrain;
