namespace AntiLeadership.Live.Activities.Content;

/// <summary>
/// What a facilitator writes on a content card: the heading is the activity's <see cref="ActivitySetup.Title"/>,
/// <see cref="Markdown"/> the short text (rendered in the browser with raw HTML off), and
/// <see cref="ImageId"/> an image uploaded for the session beforehand, which needs <see cref="ImageAlt"/>
/// (what a screen reader says instead). Anonymity and hidden results mean nothing on a card: it keeps
/// neither, whatever is sent.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ContentSetup(
    string Title,
    bool HideResultsUntilRevealed,
    [property: Id(0)] string? Markdown = null,
    [property: Id(1)] string? ImageId = null,
    [property: Id(2)] string? ImageAlt = null,
    bool Anonymous = true) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed)
{
    public override string Kind => ContentKind.Name;
}
