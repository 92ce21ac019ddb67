using System.Runtime.CompilerServices;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Reviews;
using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Grains.Activities.Reviews;

public sealed partial class ReviewGrain
{
    // What deciding did for each decision command, from BeforeSteerAsync to SteerKind (by the command
    // instance, since the grain is reentrant and other commands may interleave).
    private readonly ConditionalWeakTable<ActivityCommand, StrongBox<Steering>> _decided = [];

    // One decision at a time, so two clicks (or a click and its retry) never both write to the plan.
    private Task? _deciding;

    protected override async Task BeforeSteerAsync(ActivityCommand command)
    {
        if (ReviewCommands.DecisionOf(command.Name) is not { } decision || !State.IsSetUp)
        {
            return;
        }

        while (_deciding is { } busy)
        {
            await busy;
        }

        var finished = new TaskCompletionSource();
        _deciding = finished.Task;
        try
        {
            _decided.AddOrUpdate(command, new StrongBox<Steering>(await DecideAsync(command, decision)));
        }
        catch (Exception)
        {
            _decided.AddOrUpdate(command, new StrongBox<Steering>(Steering.Refused("Not saved: the team's plan could not be reached just now. Try again.")));
        }
        finally
        {
            _deciding = null;
            finished.SetResult();
        }
    }

    protected override Steering SteerKind(ActivityCommand command)
    {
        switch (command.Name)
        {
            case ReviewCommands.Next:
                return MoveTo(State.Current + 1, "This is the last commitment of the review.");
            case ReviewCommands.Previous:
                return MoveTo(State.Current - 1, "This is the first commitment of the review.");
            case ReviewCommands.Show:
                return MoveTo(State.Commitments.FindIndex(c => c.CommitmentId == command.Target), "That commitment is not in this review.");
        }

        if (ReviewCommands.DecisionOf(command.Name) is null)
        {
            return Steering.Unknown;
        }

        return _decided.TryGetValue(command, out var decided) ? decided.Value : Steering.Refused("That decision could not be taken. Try again.");
    }

    private Steering MoveTo(int index, string refusal)
    {
        if (index < 0 || index >= State.Commitments.Count)
        {
            return Steering.Refused(refusal);
        }

        if (index == State.Current)
        {
            return Steering.AlreadySo;
        }

        State.Current = index;
        return Steering.Changed;
    }

    /// <summary>
    /// Writes the decision to the plan, then to this review's state (stored by the command that follows).
    /// A retry after a lost reply or a failed store finds its note already the last of this review's in
    /// the plan and writes nothing; a changed decision, or new words with the same one, writes a new note.
    /// </summary>
    private async Task<Steering> DecideAsync(ActivityCommand command, ReviewDecision decision)
    {
        var index = State.Commitments.FindIndex(c => c.CommitmentId == command.Target);
        if (index < 0)
        {
            return Steering.Refused("That commitment is not in this review.");
        }

        var (words, problem) = ReviewRules.Words(command.Text);
        if (problem is not null)
        {
            return Steering.Refused(problem);
        }

        var saidWords = words.Length == 0 ? null : words;
        var reviewed = State.Commitments[index];
        if (reviewed.Outcome is { } before && before.Decision == decision && before.Words == saidWords)
        {
            return Steering.AlreadySo;
        }

        var plan = GrainFactory.GetGrain<ITeamPlanGrain>(State.TeamId);
        var inPlan = (await plan.GetPlan()).Commitments.FirstOrDefault(c => c.CommitmentId == reviewed.CommitmentId);
        if (inPlan is null)
        {
            return Steering.Refused("That commitment is no longer in the team's plan.");
        }

        var ours = inPlan.Notes.Where(n =>
            n.Author == ReviewRules.Author && n.At >= State.SetUpAt && n.Text?.StartsWith(ReviewRules.NotePrefix(State.Title), StringComparison.Ordinal) == true).ToArray();
        var lastOfOurs = ours.LastOrDefault();
        string note;
        if (reviewed.Outcome?.Decision != decision && lastOfOurs?.Text?.StartsWith(ReviewRules.NoteHeader(State.Title, decision), StringComparison.Ordinal) == true)
        {
            // Written by an earlier attempt whose reply, or whose store here, was lost.
            note = lastOfOurs.Text;
        }
        else
        {
            note = ReviewNote.Compose(State.Title, decision, saidWords, ReviewTally.Of(reviewed.CommitmentId, State.Answers, State.Anonymous));
            // The id is this review's next note on this commitment: two attempts that read the same plan
            // (on two activations after a failure, say) write one note between them.
            var noteId = ReviewRules.NoteId(ActivityId, reviewed.CommitmentId, ours.Length);
            var written = await plan.Note(reviewed.CommitmentId, note, ReviewRules.StatusOf(decision), ReviewRules.Author, noteId);
            if (!written.Succeeded)
            {
                return Steering.Refused($"The team's plan refused it: {written.Rejection}");
            }
        }

        // Found again: the list may have been replaced while we waited (it never is today, but an index
        // kept across awaits is a trap).
        index = State.Commitments.FindIndex(c => c.CommitmentId == reviewed.CommitmentId);
        State.Commitments[index] = State.Commitments[index] with
        {
            Status = ReviewRules.StatusOf(decision),
            Outcome = new ReviewOutcome(decision, saidWords, note),
        };
        return Steering.Changed;
    }
}
