namespace AntiLeadership.Live.Activities.Content;

/// <summary>Nobody contributes to a card: this is the empty contribution every participant has.</summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ContentContribution(string ActivityId, long Revision) : Contribution(ActivityId, Revision)
{
    public override string Kind => ContentKind.Name;
}
