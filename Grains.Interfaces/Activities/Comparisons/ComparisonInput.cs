namespace AntiLeadership.Live.Activities.Comparisons;

/// <summary>A comparison takes no input; the type exists because every kind names one, and whatever is sent is refused.</summary>
[GenerateSerializer, Immutable]
public sealed record ComparisonInput : ActivityInput
{
    public override string Kind => ComparisonKind.Name;
}
