using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Intake;
using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Telemetry;
using Orleans.Concurrency;
using Orleans.Placement;

namespace AntiLeadership.Live.Grains.Activities.Intake;

/// <summary>
/// One shard of an activity's intake (see <see cref="IIntakeShardGrain"/>), written once for every kind
/// that spreads its intake: the participants that hash to it send their input here, so one participant's
/// submissions only ever meet this grain, which remembers their ids: a retry after a lost reply is
/// answered "already counted", exactly as the activity itself would. Input is stored before it is
/// acknowledged, with the activity's group commit and journal; after each write the shard's whole
/// partial tally goes to the activity, which keeps the newest per shard.
/// Placed at random, not by the default resource-optimised placement, which would put a burst of new
/// shards on whichever node looked least busy at that moment: spread over the nodes, they share the intake.
/// Reentrant for the group commit, as the activity is: every call checks and changes state before its
/// first await.
/// </summary>
[Reentrant]
[RandomPlacement]
public abstract class IntakeShardGrain<TState, TEntry, TRules> : Grain, IIntakeShardGrain
    where TState : IntakeShardState<TEntry>
    where TEntry : StoredContribution, new()
    where TRules : IntakeRules
{
    private static readonly TimeSpan ReportInterval = TimeSpan.FromMilliseconds(100);

    private readonly IPersistentState<TState> _stored;
    private readonly ActivityJournal<TEntry> _journal;
    private readonly GroupCommit _commit;
    private readonly CoalescingPublisher<ShardTally> _reporter;
    private readonly Dictionary<string, Contribution> _storedContributions = [];
    private HashSet<string> _unstored = [];
    private ShardTally? _storedTally;
    private bool _termsUnstored;
    private bool _forgotten;

    protected IntakeShardGrain(IPersistentState<TState> stored, TimeProvider time)
    {
        _stored = stored;
        Time = time;
        _journal = new ActivityJournal<TEntry>(this, ActivityJournal<TEntry>.SnapshotOf(GetType()));
        _commit = new GroupCommit(WriteAsync, DeactivateOnIdle);
        _reporter = new CoalescingPublisher<ShardTally>(this, tally => Activity.TakeTally(tally), ReportInterval);
        (ActivityId, Shard) = IntakeShards.Parse(this.GetPrimaryKeyString());
    }

    protected TState State => _stored.State;

    protected TimeProvider Time { get; }

    /// <summary>The activity this shard takes input for (contributions carry its id, not the shard's).</summary>
    protected string ActivityId { get; }

    protected int Shard { get; }

    /// <summary>The activity, through its kind's own interface (the shared one would not tell Orleans which class).</summary>
    protected abstract IShardedActivity Activity { get; }

    protected virtual string NotOpenYet => "This activity has not opened yet.";

    protected virtual string ClosedAlready => "This activity is closed.";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        State.Version = Math.Max(State.Version, _journal.Replay(State.JournalSequence, State.Entries));
        Loaded();
        foreach (var participantId in State.Entries.Keys)
        {
            _storedContributions[participantId] = BuildContribution(participantId);
        }

        _storedTally = BuildTally(State.Version);
        return Task.CompletedTask;
    }

    public async Task<ShardTally> Follow(IntakeTerms terms)
    {
        if (terms.Version > State.TermsVersion)
        {
            State.SessionId = terms.SessionId;
            State.TermsVersion = terms.Version;
            State.Status = terms.Status;
            State.ClosesAt = terms.ClosesAt;
            ApplyRules((TRules)terms.Rules);
            _termsUnstored = true;
            State.Version++;
            await _commit.WhenStoredAsync();
        }
        else
        {
            // Older or the same terms: answer only once everything taken so far is stored, so a close
            // repeated after a failed write still gets the final tally.
            await _commit.WhenCaughtUpAsync();
        }

        return _storedTally!;
    }

    public Task<ContributionReceipt[]> SubmitAll(Submission[] submissions) =>
        _commit.TogetherAsync(submissions, s => Submit(s.ParticipantId, s.SubmissionId, s.Input));

    public async Task<ContributionReceipt> Submit(string participantId, string submissionId, ActivityInput input)
    {
        if (string.IsNullOrWhiteSpace(submissionId) || submissionId.Length > ActivityRules.MaxSubmissionIdLength)
        {
            return Rejected(participantId, "This input is missing its submission id. Reload the page and try again.");
        }

        State.Entries.TryGetValue(participantId, out var entry);
        if (entry is not null && entry.Remembers(submissionId))
        {
            // A retry: the change is in memory already and needs only to be stored before we confirm it.
            return await StoredAsync(participantId, alreadyCounted: true);
        }

        if (State.TermsVersion == 0)
        {
            return Rejected(participantId, "This activity does not exist.");
        }

        if (State.Status != ActivityStatus.Open || State.ClosesAt <= Time.GetUtcNow())
        {
            // The activity's timer may not have told us yet: its end time alone closes the shard too.
            return Rejected(participantId, State.Status == ActivityStatus.NotOpened ? NotOpenYet : ClosedAlready);
        }

        if (CheckInput(participantId, input) is { } problem)
        {
            return Rejected(participantId, problem);
        }

        entry ??= State.Entries[participantId] = new TEntry();
        ApplyInput(participantId, entry, input);
        entry.Revision++;
        entry.Remember(submissionId);
        _unstored.Add(participantId);
        State.Version++;
        return await StoredAsync(participantId, alreadyCounted: false);
    }

    public Task<Contribution> GetContribution(string participantId) => Task.FromResult(ContributionOf(participantId));

    /// <summary>Goes from storage with its activity; writes queued behind the one in flight are dropped, as the activity's are.</summary>
    public async Task Forget()
    {
        _forgotten = true;
        try
        {
            await _commit.WhenCaughtUpAsync();
        }
        catch (Exception)
        {
            // A failed write stored nothing that the clearing must wait for.
        }

        await Task.WhenAll(_stored.ClearStateAsync(), _journal.ClearAsync());
        _storedContributions.Clear();
        DeactivateOnIdle();
    }

    /// <summary>Rebuilds what the kind derives from its stored entries (running counts), once per activation.</summary>
    protected abstract void Loaded();

    /// <summary>Takes the activity's rules for input, as the activity last told them.</summary>
    protected abstract void ApplyRules(TRules rules);

    /// <summary>The kind's checks of a participant's input (the shard is open); null when it is fine.</summary>
    protected abstract string? CheckInput(string participantId, ActivityInput input);

    protected abstract void ApplyInput(string participantId, TEntry entry, ActivityInput input);

    protected abstract Contribution BuildContribution(string participantId);

    protected abstract Contribution EmptyContribution();

    /// <summary>The shard's whole partial tally from memory, as of <paramref name="version"/>.</summary>
    protected abstract ShardTally BuildTally(long version);

    private async Task<ContributionReceipt> StoredAsync(string participantId, bool alreadyCounted)
    {
        try
        {
            await (alreadyCounted ? _commit.WhenCaughtUpAsync() : _commit.WhenStoredAsync());
        }
        catch (Exception)
        {
            // Not acknowledged: the change stays in memory for the next write, and the retry (same id) is then told it counts.
            return Rejected(participantId, "Not saved: the server could not store this just now. Trying again…");
        }

        if (!alreadyCounted)
        {
            LiveMetrics.VotesStored.Add(1);
        }

        return new ContributionReceipt(true, alreadyCounted, null, ContributionOf(participantId));
    }

    private Contribution ContributionOf(string participantId) =>
        _storedContributions.GetValueOrDefault(participantId) ?? EmptyContribution();

    private ContributionReceipt Rejected(string participantId, string why) => new(false, false, why, ContributionOf(participantId));

    private async Task WriteAsync()
    {
        if (_forgotten)
        {
            throw new InvalidOperationException("This activity was deleted.");
        }

        // Taken in the turn the write starts, so the tally reported and the contributions answered are
        // exactly what is being stored.
        var tally = BuildTally(State.Version);
        var writing = _unstored;
        _unstored = [];
        var contributions = writing.Select(participantId => (participantId, BuildContribution(participantId))).ToArray();
        var full = _termsUnstored || !_journal.HasRoom;
        _termsUnstored = false;
        try
        {
            await _journal.StoreAsync(full, WriteSnapshotAsync, tally.Version, writing, State.Entries);
        }
        catch
        {
            _unstored.UnionWith(writing);
            _termsUnstored |= full;
            throw;
        }

        foreach (var (participantId, contribution) in contributions)
        {
            _storedContributions[participantId] = contribution;
        }

        if (_storedTally is null || tally.Version > _storedTally.Version)
        {
            _storedTally = tally;
        }

        _reporter.Publish(_storedTally);
    }

    private Task WriteSnapshotAsync(long includedSequence)
    {
        State.JournalSequence = includedSequence;
        return _stored.WriteStateAsync();
    }
}
