namespace AntiLeadership.Live.Activities.Structures;

/// <summary>Names the guided-structure grain class for Orleans; everything it does is <see cref="IActivityGrain"/>.</summary>
public interface IStructureGrain : IActivityGrain;
