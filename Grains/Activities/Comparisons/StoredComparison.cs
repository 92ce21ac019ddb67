namespace AntiLeadership.Live.Grains.Activities.Comparisons;

/// <summary>A participant's part in a comparison, which never holds anything: it takes no input.</summary>
[GenerateSerializer]
public sealed class StoredComparison : StoredContribution;
