using AntiLeadership.Live.Activities.Reviews;
using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Grains.Activities.Reviews;

/// <summary>
/// The dated note a decision leaves in the team's plan: "Review “Reconvene”: adapt. Pair on it every
/// Monday. The room: keep 4, adapt or drop 3." The facilitator's words come first; without them, what the
/// most people wrote under "so what". Never a name, so an anonymous review stays anonymous in the plan.
/// </summary>
internal static class ReviewNote
{
    public static string Compose(string title, ReviewDecision decision, string? words, ReviewAnswers answers)
    {
        var note = ReviewRules.NoteHeader(title, decision);
        var learned = words ?? MostCommon(answers.Learned);
        if (learned is not null)
        {
            note += words is null ? $" What we learned: {Sentence(learned)}" : $" {Sentence(words)}";
        }

        if (ReviewTally.InWords(answers.Tally) is { Length: > 0 } tally)
        {
            note += $" The room: {tally}.";
        }

        return note.Length <= PlanRules.MaxNoteLength ? note : note[..(PlanRules.MaxNoteLength - 1)] + "…";
    }

    // Typed text often ends without a full stop; the note reads as sentences either way.
    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') || text.EndsWith('…') ? text : text + ".";

    // Counted by the same key as check-in words (case and spacing make no difference); among equals the
    // first alphabetically, so a retry composes the same note.
    private static string? MostCommon(IReadOnlyList<ReviewText> texts) =>
        texts.GroupBy(t => TextRules.NameKey(t.Text))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Text)
            .FirstOrDefault();
}
