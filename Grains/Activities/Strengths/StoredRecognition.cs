namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>
/// One recognition as stored with its author's entry. The author is known here only so they can change
/// or withdraw it; no view, contribution or export of anyone else carries it. <see cref="ExampleId"/> is
/// a counter, not derived from anybody's id, so the facilitator can hide an example without learning whose it is.
/// </summary>
[GenerateSerializer]
public sealed class StoredRecognition
{
    [Id(0)]
    public string ParticipantId { get; set; } = "";
    [Id(1)]
    public string StrengthId { get; set; } = "";
    [Id(2)]
    public string? Example { get; set; }
    [Id(3)]
    public string? ExampleId { get; set; }
    [Id(4)]
    public bool ExampleHidden { get; set; }
}
