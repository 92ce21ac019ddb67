namespace AntiLeadership.Live.Activities.Content;

/// <summary>
/// The card as every screen shows it: its text in Markdown (the browser renders it, raw HTML off) and
/// its image, if any, with the words a screen reader says for it. The card is what the room is shown,
/// not a result, so the audience gets it whole whatever the stage says.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ContentView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] string Markdown,
    [property: Id(1)] string? ImageId,
    [property: Id(2)] string? ImageAlt) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    public override string Kind => ContentKind.Name;

    protected override ActivityView WhileHidden() => this;

    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is ContentView e && e.Markdown == Markdown && e.ImageId == ImageId && e.ImageAlt == ImageAlt;
}
