namespace AntiLeadership.Live.Activities.Content;

/// <summary>
/// A content card: a heading, a short text in Markdown and an optional image, shown between activities
/// on a "content-and-activity day". It takes no input, so it has nothing to open, count or reveal; being
/// a kind, it still gets the agenda and showing from the platform.
/// </summary>
public static class ContentKind
{
    public const string Name = "content";

    public static ActivityKind Kind { get; } = new(
        Name,
        "Content card",
        typeof(ContentSetup),
        typeof(ContentInput),
        (grains, activityId) => grains.GetGrain<IContentGrain>(activityId));
}
