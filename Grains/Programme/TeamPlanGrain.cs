using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace AntiLeadership.Live.Grains.Programme;

/// <summary>
/// A team's living plan. Not reentrant: changes to a plan are people's clicks, never a burst, and one
/// call at a time keeps "checked, then changed" true. Dates come from the injected clock, so a test
/// moves three months forward without waiting.
/// </summary>
public sealed class TeamPlanGrain(
    [PersistentState("plan", StorageNames.Teams)] IPersistentState<TeamPlanState> stored,
    TimeProvider time,
    ILogger<TeamPlanGrain> logger) : Grain, ITeamPlanGrain
{
    private static readonly TimeSpan WatchLapse = TimeSpan.FromMinutes(2);

    private readonly ObserverManager<ITeamPlanObserver> _watchers = new(WatchLapse, logger);
    private GroupCommit _commit = null!;

    private TeamPlanState State => stored.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _commit = new GroupCommit(() => stored.WriteStateAsync(), DeactivateOnIdle);
        return Task.CompletedTask;
    }

    /// <summary>Goes from storage for good (see <see cref="IForgettable"/>); one call at a time, so no write of ours is in flight.</summary>
    public async Task Forget()
    {
        await stored.ClearStateAsync();
        DeactivateOnIdle();
    }

    public async Task<CommandOutcome> Commit(string commitmentId, CommitmentDraft draft)
    {
        if (string.IsNullOrWhiteSpace(commitmentId) || commitmentId.Length > 64)
        {
            return CommandOutcome.Refused("This commitment is missing its id. Reload the page and try again.");
        }

        var (checkedDraft, problem) = Check(draft);
        if (problem is not null)
        {
            return CommandOutcome.Refused(problem);
        }

        if (Find(commitmentId) is { } existing)
        {
            if (!Same(existing.Draft, checkedDraft!))
            {
                return CommandOutcome.Refused("A commitment with this id already exists.");
            }

            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        if (State.Commitments.Count >= PlanRules.MaxCommitments)
        {
            return CommandOutcome.Refused($"The plan holds {PlanRules.MaxCommitments} commitments already: drop or finish some first.");
        }

        State.Commitments.Add(new StoredCommitment { CommitmentId = commitmentId, Draft = checkedDraft!, Status = CommitmentStatus.Planned, CreatedAt = time.GetUtcNow(), Revision = 1 });
        return await StoreAsync();
    }

    public async Task<CommandOutcome> Revise(string commitmentId, CommitmentDraft draft, long seenRevision)
    {
        if (Find(commitmentId) is not { } commitment)
        {
            return NotInPlan;
        }

        var (checkedDraft, problem) = Check(draft);
        if (problem is not null)
        {
            return CommandOutcome.Refused(problem);
        }

        if (Same(commitment.Draft, checkedDraft!))
        {
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        if (seenRevision != commitment.Revision)
        {
            return CommandOutcome.Refused("Someone changed this commitment a moment ago. Look at it again, then make your change.");
        }

        commitment.Draft = checkedDraft!;
        commitment.Revision++;
        return await StoreAsync();
    }

    public async Task<CommandOutcome> Note(string commitmentId, string? text, CommitmentStatus? status, string author, string? noteId = null)
    {
        if (Find(commitmentId) is not { } commitment)
        {
            return NotInPlan;
        }

        if (noteId is not null && (noteId.Length is 0 or > 64))
        {
            return CommandOutcome.Refused("This note is missing its id. Reload the page and try again.");
        }

        if (noteId is not null && commitment.Notes.Exists(n => n.NoteId == noteId))
        {
            // A retry: the note is in the log once, answered once it is stored.
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        string? note = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            var (checkedNote, problem) = PlanRules.Note(text);
            if (problem is not null)
            {
                return CommandOutcome.Refused(problem);
            }

            note = checkedNote;
        }

        if (note is null && (status is null || status == commitment.Status))
        {
            return CommandOutcome.Refused(status is null ? "Write a note or change the status." : "The commitment already has that status.");
        }

        if (status is { } s && !Enum.IsDefined(s))
        {
            return CommandOutcome.Refused("That is not a status a commitment can have.");
        }

        if (commitment.Notes.Count >= PlanRules.MaxNotes)
        {
            return CommandOutcome.Refused($"This commitment's log holds {PlanRules.MaxNotes} notes already.");
        }

        var changed = status is { } next && next != commitment.Status ? status : null;
        commitment.Notes.Add(new PlanNote(time.GetUtcNow(), author, note, changed, noteId));
        commitment.Status = changed ?? commitment.Status;
        commitment.Revision++;
        return await StoreAsync();
    }

    public Task<TeamPlan> GetPlan() => Task.FromResult(Plan());

    public Task<TeamPlan> Watch(ITeamPlanObserver observer)
    {
        _watchers.Subscribe(observer, observer);
        return Task.FromResult(Plan());
    }

    public Task Unwatch(ITeamPlanObserver observer)
    {
        _watchers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task Revoke(CredentialRevocation revocation) => _watchers.Notify(watcher => watcher.CredentialsRevoked(revocation));

    private TeamPlan Plan() => new(State.Version, State.Commitments.Select(c => c.ToCommitment()).ToArray());

    private static CommandOutcome NotInPlan { get; } = CommandOutcome.Refused("That commitment is not in the team's plan.");

    private StoredCommitment? Find(string commitmentId) => State.Commitments.Find(c => c.CommitmentId == commitmentId);

    private async Task<CommandOutcome> StoreAsync()
    {
        State.Version++;
        await _commit.WhenStoredAsync();

        // Only what is stored is shown; one-way, so a web node that went away costs nothing.
        var plan = Plan();
        await _watchers.Notify(watcher => watcher.PlanChanged(plan));
        return CommandOutcome.Done;
    }

    /// <summary>The draft as it will be stored (trimmed, owners without repeats), or why it cannot be.</summary>
    private static (CommitmentDraft? Draft, string? Problem) Check(CommitmentDraft draft)
    {
        var what = PlanRules.What(draft.What);
        var why = PlanRules.Optional(draft.Why, PlanRules.MaxWhyLength, "why");
        var step = PlanRules.Optional(draft.FirstStep, PlanRules.MaxFirstStepLength, "the first step");
        var owners = (draft.Owners ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).Distinct(StringComparer.Ordinal).ToArray();
        var problem = what.Problem ?? why.Problem ?? step.Problem
            ?? (owners.Length > PlanRules.MaxOwners ? $"Name at most {PlanRules.MaxOwners} owners, or leave it to the whole team." : null);
        return problem is not null
            ? (null, problem)
            : (draft with { What = what.Text, Why = why.Text, FirstStep = step.Text, Owners = owners }, null);
    }

    private static bool Same(CommitmentDraft a, CommitmentDraft b) =>
        a.What == b.What && a.Why == b.Why && a.FirstStep == b.FirstStep && a.ReviewOn == b.ReviewOn
        && a.Owners.SequenceEqual(b.Owners) && a.SourceActivityId == b.SourceActivityId && a.SourceItemId == b.SourceItemId;
}
