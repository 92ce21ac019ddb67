using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Content;

namespace AntiLeadership.Live.Grains.Activities.Content;

/// <summary>
/// A content card: its setup is all it has. Input is refused whatever the stage (a card never opens in
/// the browsers, and if a command opened it anyway there would still be nothing to take), so its view
/// never changes after setup and its results are its heading.
/// </summary>
public sealed class ContentGrain(
    [PersistentState("content", StorageNames.Activities)] IPersistentState<ContentState> stored,
    TimeProvider time)
    : ActivityGrain<ContentState, StoredContent, ContentSetup, ContentInput, ContentView>(stored, time),
      IContentGrain
{
    public const string ResultSection = "Content card";

    protected override string NotOpenYet => ContentRules.NoInput;

    protected override string ClosedAlready => ContentRules.NoInput;

    protected override string? CheckSetup(ContentSetup setup) => ContentRules.Setup(setup).Problem;

    protected override bool SameSetup(ContentSetup setup)
    {
        var (markdown, imageId, imageAlt, _) = ContentRules.Setup(setup);
        return State.Markdown == markdown && State.ImageId == imageId && State.ImageAlt == imageAlt;
    }

    protected override void ApplySetup(ContentSetup setup)
    {
        (State.Markdown, State.ImageId, State.ImageAlt, _) = ContentRules.Setup(setup);
        // Nothing on a card is a result to hide, and nobody takes part to be anonymous about: the shared
        // settings are kept as a card means them, so no screen waits for a reveal that cannot come.
        State.HideResultsUntilRevealed = false;
        State.Anonymous = true;
    }

    protected override string? CheckInput(string participantId, ContentInput input) => ContentRules.NoInput;

    protected override void ApplyInput(string participantId, StoredContent entry, ContentInput input)
    {
    }

    protected override bool HasContent(StoredContent entry) => false;

    protected override ContentView BuildView(ActivityStage stage) =>
        new(ActivityId, State.SessionId, State.Version, stage, State.Markdown, State.ImageId, State.ImageAlt);

    protected override Contribution BuildContribution(string participantId) => EmptyContribution(participantId);

    protected override Contribution EmptyContribution(string participantId) => new ContentContribution(ActivityId, 0);

    protected override IReadOnlyList<ResultRow> ResultRows(ContentView stored) =>
        [new ResultRow(ResultSection, null, stored.Stage.Title, null, null)];

    protected override object? ResultDetails(ContentView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names) =>
        new ContentDetails(stored.Markdown, stored.ImageId, stored.ImageAlt);
}
