using System.Security.Cryptography;
using System.Text;
using AntiLeadership.Live.Activities.Reviews;
using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Grains.Activities.Reviews;

/// <summary>What a review's setup, answers and decisions may be, with the messages people see when they are not.</summary>
public static class ReviewRules
{
    /// <summary>A morning's work; more would be a plan review nobody finishes.</summary>
    public const int MaxCommitments = 20;

    /// <summary>A sentence or two on a phone.</summary>
    public const int MaxAnswerLength = 280;

    public const int MaxWordsLength = 200;

    /// <summary>How many of a commitment's latest notes the board shows beside it.</summary>
    public const int RecentNotes = 3;

    /// <summary>Who the plan says wrote a review's notes: never a participant's name, anonymous or not.</summary>
    public const string Author = "Facilitator";

    public static string? CheckSetup(ReviewSetup setup, TeamPlan? plan)
    {
        var ids = setup.CommitmentIds ?? [];
        if (ids.Count > MaxCommitments)
        {
            return $"Review at most {MaxCommitments} commitments at once.";
        }

        if (ids.Any(string.IsNullOrWhiteSpace) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            return "Choose each commitment once.";
        }

        return plan is not null && ids.Any(id => !plan.Commitments.Any(c => c.CommitmentId == id))
            ? "That commitment is not in the team's plan."
            : null;
    }

    /// <summary>
    /// The commitments a review offers by itself: those whose review date is <paramref name="today"/> or
    /// earlier and that are neither done nor dropped, soonest first; when none is due, every open one.
    /// </summary>
    public static IReadOnlyList<Commitment> Due(TeamPlan plan, DateOnly today)
    {
        var open = plan.Commitments.Where(c => c.Status is not (CommitmentStatus.Done or CommitmentStatus.Dropped)).ToArray();
        var due = open.Where(c => c.Draft.ReviewOn <= today).OrderBy(c => c.Draft.ReviewOn).ToArray();
        return (due.Length > 0 ? due : open).Take(MaxCommitments).ToArray();
    }

    /// <summary>The answers as they will be stored (tidied, empty ones left out), or why they cannot be.</summary>
    public static (List<ReviewAnswer> Answers, string? Problem) Answers(ReviewInput input, IReadOnlyCollection<string> commitmentIds)
    {
        var answers = new List<ReviewAnswer>();
        foreach (var answer in input.Answers ?? [])
        {
            if (answer is null || !commitmentIds.Contains(answer.CommitmentId))
            {
                return ([], "That commitment is not in this review.");
            }

            if (answers.Exists(a => a.CommitmentId == answer.CommitmentId))
            {
                return ([], "Answer each commitment once.");
            }

            if (answer.Choice is { } choice && !Enum.IsDefined(choice))
            {
                return ([], "Choose keep, adapt or drop.");
            }

            var happened = Optional(answer.Happened, "what happened");
            var learned = Optional(answer.Learned, "what we learned");
            var nowWhat = Optional(answer.NowWhat, "now what");
            if ((happened.Problem ?? learned.Problem ?? nowWhat.Problem) is { } problem)
            {
                return ([], problem);
            }

            var tidied = new ReviewAnswer(answer.CommitmentId, OrNull(happened.Text), OrNull(learned.Text), answer.Choice, OrNull(nowWhat.Text));
            if (tidied is not { Happened: null, Learned: null, Choice: null, NowWhat: null })
            {
                answers.Add(tidied);
            }
        }

        return (answers, null);
    }

    /// <summary>The facilitator's words with a decision (what we learned, or the adapted wording): optional.</summary>
    public static CheckedText Words(string? typed) => PlanRules.Optional(typed, MaxWordsLength, "the words with a decision");

    /// <summary>The plan's status after a decision.</summary>
    public static CommitmentStatus StatusOf(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Drop => CommitmentStatus.Dropped,
        ReviewDecision.Done => CommitmentStatus.Done,
        _ => CommitmentStatus.Trying,
    };

    public static string Label(ReviewDecision decision) => decision.ToString().ToLowerInvariant();

    /// <summary>How every note of this review begins: how its notes are told from the plan's others.</summary>
    public static string NotePrefix(string title) => $"Review “{title}”:";

    /// <summary>How a note of this decision begins.</summary>
    public static string NoteHeader(string title, ReviewDecision decision) => $"{NotePrefix(title)} {Label(decision)}.";

    /// <summary>A plan note's id for this review's <paramref name="index"/>th note on a commitment: short enough for the plan's 64 characters however long the ids.</summary>
    public static string NoteId(string activityId, string commitmentId, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{activityId}\n{commitmentId}\n{index}"));
        return "review-" + Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_');
    }

    private static CheckedText Optional(string? typed, string what) => PlanRules.Optional(typed, MaxAnswerLength, what);

    private static string? OrNull(string text) => text.Length == 0 ? null : text;
}
