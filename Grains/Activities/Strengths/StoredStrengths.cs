namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>A participant's strengths (in their order), the recognitions they gave, and their consent to be shown.</summary>
[GenerateSerializer]
public sealed class StoredStrengths : StoredContribution
{
    [Id(0)]
    public List<string> Mine { get; set; } = [];
    [Id(1)]
    public List<StoredRecognition> Given { get; set; } = [];
    /// <summary>Shown unless they chose otherwise.</summary>
    [Id(2)]
    public bool ShowMyColumn { get; set; } = true;
}
