using AntiLeadership.Live.Activities.Reviews;

namespace AntiLeadership.Live.Grains.Activities.Reviews;

/// <summary>
/// The answers for one commitment as the room sees them. An anonymous review lists texts alphabetically
/// and gives no participant ids, and bands neighbouring choices together (keep, adapt, drop in that
/// order) where one would hold one or two people, as <see cref="SmallGroups"/> does for every scale.
/// </summary>
internal static class ReviewTally
{
    public static ReviewAnswers Of(string commitmentId, IEnumerable<KeyValuePair<string, StoredReview>> entries, bool anonymous)
    {
        var answers = entries
            .Select(e => (ParticipantId: e.Key, Answer: e.Value.Answers.Find(a => a.CommitmentId == commitmentId)))
            .Where(a => a.Answer is not null)
            .Select(a => (ParticipantId: anonymous ? null : a.ParticipantId, Answer: a.Answer!))
            .ToArray();

        var happened = Texts(answers.Select(a => (a.Answer.Happened, (ReviewChoice?)null, a.ParticipantId)));
        var learned = Texts(answers.Select(a => (a.Answer.Learned, (ReviewChoice?)null, a.ParticipantId)));
        var nowWhat = Texts(answers.Select(a => (a.Answer.NowWhat, a.Answer.Choice, a.ParticipantId)));
        var more = happened.More + learned.More + nowWhat.More;
        var byChoice = Enum.GetValues<ReviewChoice>().Select(c => answers.Count(a => a.Answer.Choice == c)).ToArray();
        return new ReviewAnswers(commitmentId, happened.Shown, learned.Shown, nowWhat.Shown, Bands(byChoice, anonymous), more);
    }

    /// <summary>People per choice as bands: one per choice when named; put together so no band holds one or two when anonymous.</summary>
    public static IReadOnlyList<ChoiceBand> Bands(IReadOnlyList<int> byChoice, bool anonymous)
    {
        if (!anonymous)
        {
            return byChoice.Select((people, i) => new ChoiceBand((ReviewChoice)i, (ReviewChoice)i, people)).ToArray();
        }

        return SmallGroups.Band(byChoice)
            .Select(b => b.People is > 0 and < SmallGroups.Smallest
                ? new ChoiceBand((ReviewChoice)b.From, (ReviewChoice)b.To, null, FewerThanThree: true)
                : new ChoiceBand((ReviewChoice)b.From, (ReviewChoice)b.To, b.People))
            .ToArray();
    }

    /// <summary>"keep 4, adapt or drop 3": the tally in words, for the plan's note.</summary>
    public static string InWords(IReadOnlyList<ChoiceBand> bands) => string.Join(", ", bands
        .Where(b => b.People is not 0)
        .Select(b => $"{Label(b)} {(b.FewerThanThree ? "fewer than 3" : b.People.ToString())}"));

    /// <summary>"keep", "keep or adapt", "keep, adapt or drop".</summary>
    public static string Label(ChoiceBand band)
    {
        var words = Enum.GetValues<ReviewChoice>().Where(c => c >= band.From && c <= band.To).Select(Word).ToArray();
        return words.Length > 2 ? $"{string.Join(", ", words[..^1])} or {words[^1]}" : string.Join(" or ", words);
    }

    private static string Word(ReviewChoice choice) => choice.ToString().ToLowerInvariant();

    private static (IReadOnlyList<ReviewText> Shown, int More) Texts(IEnumerable<(string? Text, ReviewChoice? Choice, string? ParticipantId)> texts)
    {
        var all = texts
            .Where(t => t.Text is not null)
            .Select(t => new ReviewText(t.Text!, t.Choice, t.ParticipantId))
            .OrderBy(t => t.Text, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(t => t.Text, StringComparer.Ordinal)
            .ThenBy(t => t.ParticipantId, StringComparer.Ordinal)
            .ToArray();
        return (all.Take(ReviewView.AudienceAnswers).ToArray(), Math.Max(0, all.Length - ReviewView.AudienceAnswers));
    }
}
