namespace AntiLeadership.Live.Grains.Activities.CheckIns;

/// <summary>A participant's answer as stored: their word as typed (checked and tidied) and, on a scale, their number.</summary>
[GenerateSerializer]
public sealed class StoredCheckIn : StoredContribution
{
    [Id(0)]
    public string? Word { get; set; }

    [Id(1)]
    public int? Scale { get; set; }
}
