namespace AntiLeadership.Live.Activities.Comparisons;

/// <summary>Nobody contributes to a comparison: this is the empty contribution every participant has.</summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ComparisonContribution(string ActivityId, long Revision) : Contribution(ActivityId, Revision)
{
    public override string Kind => ComparisonKind.Name;
}
