namespace AntiLeadership.Live.Activities.Content;

/// <summary>A card takes no input; the type exists because every kind names one, and whatever is sent is refused.</summary>
[GenerateSerializer, Immutable]
public sealed record ContentInput : ActivityInput
{
    public override string Kind => ContentKind.Name;
}
