namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>
/// The shared picture of a check-in: the question, and the answers as counts, never who gave which.
/// <see cref="Words"/> come most frequent first; the facilitator's copy holds every word, hidden ones
/// marked, while the audience's holds the <see cref="AudienceWords"/> most frequent visible ones
/// (<see cref="MoreWords"/> says how many more there are). <see cref="Scale"/> is filled on a 1–5 scale.
/// While results are hidden and not yet revealed the audience gets the question and neither.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record CheckInView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] string Prompt,
    [property: Id(1)] CheckInMode Mode,
    [property: Id(2)] IReadOnlyList<WordCount>? Words,
    [property: Id(3)] int MoreWords,
    [property: Id(4)] IReadOnlyList<ScaleBand>? Scale,
    [property: Id(5)] int HiddenWords) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    /// <summary>
    /// As many words as a room display can show legibly, and a cap on what every phone receives however
    /// many different words a large room gives.
    /// </summary>
    public const int AudienceWords = 100;

    public override string Kind => CheckInKind.Name;

    protected override ActivityView Shared()
    {
        var visible = (Words ?? []).Where(w => !w.Hidden).ToArray();
        return this with { Words = visible.Take(AudienceWords).ToArray(), MoreWords = Math.Max(0, visible.Length - AudienceWords) };
    }

    protected override ActivityView WhileHidden() => this with { Words = null, MoreWords = 0, Scale = null };

    // Hiding or showing a word is the facilitator's doing, so it counts as steering and reaches every
    // screen at once, not at the phones' steady rhythm.
    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is CheckInView e && e.Prompt == Prompt && e.Mode == Mode && e.HiddenWords == HiddenWords;
}
