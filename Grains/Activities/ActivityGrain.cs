using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Grains.Programme.Results;
using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Programme.Results;
using AntiLeadership.Live.Telemetry;
using AntiLeadership.Live.Sessions;
using Orleans.Concurrency;

namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// Everything activities share, written once: store-then-acknowledge with group commit (a write that
/// changed only participants' entries stores just those, in the <see cref="ActivityJournal{TEntry}"/>), repeated
/// submission ids answered from what is stored, open/close/timer/reveal/anonymity, each participant's
/// contribution answered from stored state, coalesced publishing to the session. A kind supplies its
/// rules (setup, input, its own commands) and how its view, contributions and results look.
/// Reentrant so that input arriving while a storage write is in flight joins the next write. That is
/// safe because every command validates and changes state synchronously, before its first await; the
/// only await is for the write that carries the change.
/// </summary>
[Reentrant]
public abstract class ActivityGrain<TState, TEntry, TSetup, TInput, TView> : Grain, IActivityGrain
    where TState : ActivityState<TEntry>
    where TEntry : StoredContribution, new()
    where TSetup : ActivitySetup
    where TInput : ActivityInput
    where TView : ActivityView
{
    private static readonly TimeSpan PushInterval = TimeSpan.FromMilliseconds(100);

    private static readonly CommandOutcome NotSaved = CommandOutcome.Refused("Not saved: the server could not store this just now. Trying again…");

    private readonly IPersistentState<TState> _stored;
    private readonly ActivityJournal<TEntry> _journal;
    private readonly GroupCommit _commit;
    private readonly CoalescingPublisher<ActivityView> _publisher;

    // Each participant's contribution as storage holds it. Phones are answered from here, never from
    // memory, so no phone is shown input that was not stored (a failed write leaves memory ahead).
    private readonly Dictionary<string, Contribution> _storedContributions = [];
    private HashSet<string> _unstored = [];
    // Participants whose contribution changed through someone else (a facilitator's moderation, a
    // teammate's recognition): their devices are told once the change is stored.
    private HashSet<string> _changedByOthers = [];
    private TView? _storedView;
    // The state's version the stored view shows: a sharded kind's view version also counts its shards' reports.
    private long _storedViewOf;
    private long _viewBuiltAt;
    private IGrainTimer? _closing;
    private long _storedVersion;
    private bool _forgotten;

    // Whether the next write must be the full state: something besides participants' entries changed
    // (a facilitator's command, a close), or a full write failed. Shared state an input changes (a
    // proposal, a group) is caught by comparing it with what the last full write stored.
    private bool _fullWriteDue;
    private byte[] _storedShared = [];

    protected ActivityGrain(IPersistentState<TState> stored, TimeProvider time)
    {
        _stored = stored;
        _journal = new ActivityJournal<TEntry>(this, ActivityJournal<TEntry>.SnapshotOf(GetType()));
        Time = time;
        _commit = new GroupCommit(WriteAsync, DeactivateOnIdle);
        _publisher = new CoalescingPublisher<ActivityView>(
            this, view => GrainFactory.GetGrain<ISessionGrain>(view.SessionId).ActivityChanged(view), PushInterval);
    }

    protected TState State => _stored.State;

    protected TimeProvider Time { get; }

    protected string ActivityId => this.GetPrimaryKeyString();

    /// <summary>Whether the activity takes input right now (open, and its timer, if any, not run out).</summary>
    protected bool AcceptsInput => State.Status == ActivityStatus.Open && !(State.ClosesAt <= Time.GetUtcNow());

    /// <summary>What a participant is told when the activity has not opened yet.</summary>
    protected virtual string NotOpenYet => "This activity has not opened yet.";

    /// <summary>What a participant is told when the activity has closed.</summary>
    protected virtual string ClosedAlready => "This activity is closed.";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        State.Version = Math.Max(State.Version, _journal.Replay(State.JournalSequence, State.Entries));
        _storedShared = SharedStateJson.Of(State);
        Loaded();
        foreach (var participantId in State.Entries.Keys)
        {
            _storedContributions[participantId] = BuildContribution(participantId);
        }

        _storedVersion = State.Version;
        _storedView = FullView();
        _storedViewOf = State.Version;
        if (State.Status == ActivityStatus.Open && State.ClosesAt <= Time.GetUtcNow())
        {
            // The end time passed while nobody had this activity loaded (a restart, a quiet spell):
            // close before answering anybody.
            State.Status = ActivityStatus.Closed;
            await StoreClosedAsync();
        }

        ScheduleClosing();
    }

    /// <summary>
    /// Goes from storage with its session (every kind, written once here). Writes queued behind the one
    /// in flight are dropped, so no late vote brings the activity back after the clearing.
    /// </summary>
    public async Task Forget()
    {
        _forgotten = true;
        _closing?.Dispose();
        _closing = null;
        try
        {
            await _commit.WhenCaughtUpAsync();
        }
        catch (Exception)
        {
            // A failed write stored nothing that the clearing must wait for.
        }

        await Task.WhenAll(_stored.ClearStateAsync(), _journal.ClearAsync(), ForgettingAsync());
        _storedContributions.Clear();
        DeactivateOnIdle();
    }

    public async Task<CommandOutcome> SetUp(string sessionId, ActivitySetup setup)
    {
        if (setup is not TSetup typed)
        {
            return CommandOutcome.Refused("Those settings are for another kind of activity.");
        }

        await BeforeSetUpAsync(sessionId, typed);
        var (title, titleProblem) = ActivityRules.Title(setup.Title);
        if ((titleProblem ?? CheckSetup(typed)) is { } problem)
        {
            return CommandOutcome.Refused(problem);
        }

        if (State.IsSetUp)
        {
            var same = State.SessionId == sessionId && State.Title == title && SameSetup(typed);
            return same ? await SteeredAsync(await AlreadySoAsync()) : CommandOutcome.Refused("This activity is already set up.");
        }

        State.SessionId = sessionId;
        State.Title = title;
        State.Anonymous = setup.Anonymous;
        State.HideResultsUntilRevealed = setup.HideResultsUntilRevealed;
        State.Status = ActivityStatus.NotOpened;
        ApplySetup(typed);
        return await SteeredAsync(await StoreAsync());
    }

    public async Task<CommandOutcome> Steer(ActivityCommand command)
    {
        await BeforeSteerAsync(command);
        return await SteeredAsync(await SteerNowAsync(command));
    }

    private Task<CommandOutcome> SteerNowAsync(ActivityCommand command)
    {
        if (!State.IsSetUp)
        {
            return NotSetUp;
        }

        switch (command.Name)
        {
            case ActivityCommands.Open:
                return ChangeOnce(State.Status == ActivityStatus.Open, () =>
                {
                    State.Status = ActivityStatus.Open;
                    State.ClosesAt = null;
                    ScheduleClosing();
                });
            case ActivityCommands.Close:
                if (State.Status != ActivityStatus.Open)
                {
                    return State.Status == ActivityStatus.Closed
                        ? AlreadySoAsync()
                        : Task.FromResult(CommandOutcome.Refused("This activity has not opened yet."));
                }

                State.Status = ActivityStatus.Closed;
                ScheduleClosing();
                return StoreClosedAsync();
            case ActivityCommands.Timer:
                if (command.Seconds is not { } seconds || seconds < 0 || seconds > ActivityRules.MaxTimerSeconds)
                {
                    return Task.FromResult(CommandOutcome.Refused($"A timer can run for at most {ActivityRules.MaxTimerSeconds / 60} minutes."));
                }

                State.Status = ActivityStatus.Open;
                State.ClosesAt = seconds == 0 ? null : Time.GetUtcNow().AddSeconds(seconds);
                ScheduleClosing();
                return StoreAsync();
            case ActivityCommands.Reveal:
                // Results kept hidden until revealed join the team's results over time once revealed.
                return RecordWhenClosedAsync(ChangeOnce(State.Revealed, () => State.Revealed = true));
            case ActivityCommands.HideResults:
                return ChangeOnce(!State.Revealed, () => State.Revealed = false);
            case ActivityCommands.RaiseAnonymity:
                return ChangeOnce(State.Anonymous, () => State.Anonymous = true);
        }

        var steering = SteerKind(command);
        return steering.Result switch
        {
            SteeringResult.Changed => StoreAsync(),
            SteeringResult.AlreadySo => AlreadySoAsync(),
            SteeringResult.Refused => Task.FromResult(CommandOutcome.Refused(steering.Rejection ?? "That cannot be done now.")),
            _ => Task.FromResult(CommandOutcome.Refused("This activity has no such command.")),
        };
    }

    public async Task<ContributionReceipt> Submit(string participantId, string submissionId, ActivityInput input)
    {
        await BeforeSubmitAsync(participantId, input);
        if (string.IsNullOrWhiteSpace(submissionId) || submissionId.Length > ActivityRules.MaxSubmissionIdLength)
        {
            return Rejected(participantId, "This input is missing its submission id. Reload the page and try again.");
        }

        State.Entries.TryGetValue(participantId, out var entry);
        var fingerprint = StoredContribution.Fingerprint(submissionId);
        if (entry is not null && entry.Remembers(submissionId, fingerprint))
        {
            // A retry after a lost reply or a failed write: the change is already in memory, so it only
            // needs to be stored before we confirm it.
            var stored = await AlreadySoAsync();
            return stored.Succeeded ? new ContributionReceipt(true, true, null, ContributionOf(participantId)) : Rejected(participantId, stored.Rejection!);
        }

        if (input is not TInput typed)
        {
            return Rejected(participantId, "That input is for another kind of activity.");
        }

        if (!State.IsSetUp)
        {
            return Rejected(participantId, "This activity does not exist.");
        }

        if (State.Status == ActivityStatus.Open && State.ClosesAt <= Time.GetUtcNow())
        {
            // The end time has passed and the timer has not fired yet: close for everyone now.
            State.Status = ActivityStatus.Closed;
            ScheduleClosing();
            await StoreClosedAsync();
        }

        if (!AcceptsInput)
        {
            return Rejected(participantId, State.Status == ActivityStatus.NotOpened ? NotOpenYet : ClosedAlready);
        }

        if (CheckInput(participantId, typed) is { } problem)
        {
            return Rejected(participantId, problem);
        }

        entry ??= State.Entries[participantId] = new TEntry();
        ApplyInput(participantId, entry, typed);
        entry.Revision++;
        entry.RememberFingerprint(fingerprint);
        _unstored.Add(participantId);

        var outcome = await StoreAsync(onlyEntries: true);
        if (!outcome.Succeeded)
        {
            return Rejected(participantId, outcome.Rejection!);
        }

        LiveMetrics.VotesStored.Add(1);
        return new ContributionReceipt(true, false, null, ContributionOf(participantId));
    }

    public Task<ContributionReceipt[]> SubmitAll(Submission[] submissions) =>
        _commit.TogetherAsync(submissions, s => Submit(s.ParticipantId, s.SubmissionId, s.Input));

    public Task<Contribution> GetContribution(string participantId) => Task.FromResult(ContributionOf(participantId));

    public Task<ActivityView> GetView() => Task.FromResult<ActivityView>(StoredView());

    // The view and the contributions as stored, so they agree. Anonymity is read from memory instead,
    // which is raised before it is stored and never lowered: a raise still being written already counts.
    public Task<ActivityResults> GetResults(IReadOnlyDictionary<string, string> names)
    {
        var view = StoredView();
        return Task.FromResult(new ActivityResults(
            view.Stage.Title,
            view.Kind,
            State.Anonymous,
            view.Stage.Status,
            view.Stage.Contributors,
            ResultRows(view),
            ResultDetails(view, _storedContributions, names)));
    }

    /// <summary>
    /// For a kind that must learn something before it can check input (the strengths map asks the
    /// session who has joined). Runs before any checks; everything after it happens in one turn again.
    /// </summary>
    protected virtual Task BeforeSubmitAsync(string participantId, ActivityInput input) => Task.CompletedTask;

    /// <summary>
    /// For a kind whose setup draws on something it must ask for first (a comparison reads the team's
    /// results; the reconvene review copies commitments from the team's plan). Runs before the setup is checked; everything after it happens in one turn again.
    /// </summary>
    protected virtual Task BeforeSetUpAsync(string sessionId, TSetup setup) => Task.CompletedTask;

    /// <summary>As <see cref="BeforeSubmitAsync"/>, before a facilitator's command is checked.</summary>
    protected virtual Task BeforeSteerAsync(ActivityCommand command) => Task.CompletedTask;

    /// <summary>
    /// After a setup or a facilitator's command (or the timer's close) was answered by storage: for a kind
    /// whose intake shards must hear of it before the answer is given. Answers the outcome to give.
    /// </summary>
    protected virtual Task<CommandOutcome> SteeredAsync(CommandOutcome outcome) => Task.FromResult(outcome);

    /// <summary>
    /// Builds the view again and pushes it without a write, for a kind whose view also holds what it does
    /// not store itself (its intake shards' partial tallies, stored by them). Only when memory holds nothing
    /// unstored; otherwise the write under way builds the view and pushes it anyway.
    /// </summary>
    protected void Republish()
    {
        if (_storedVersion < State.Version || _forgotten)
        {
            return;
        }

        _storedView = FullView();
        _storedViewOf = State.Version;
        _publisher.Publish(_storedView);
    }

    /// <summary>For a kind that stores input elsewhere too (its intake shards): deletes it along with the activity.</summary>
    protected virtual Task ForgettingAsync() => Task.CompletedTask;

    /// <summary>Rebuilds what the kind derives from stored state (running totals), once per activation.</summary>
    protected virtual void Loaded()
    {
    }

    /// <summary>The kind's own checks of a setup (the title is checked already); null when it is fine.</summary>
    protected abstract string? CheckSetup(TSetup setup);

    /// <summary>Whether <paramref name="setup"/> repeats the one this activity was set up with.</summary>
    protected abstract bool SameSetup(TSetup setup);

    protected abstract void ApplySetup(TSetup setup);

    /// <summary>The kind's checks of a participant's input (the activity is open); null when it is fine.</summary>
    protected abstract string? CheckInput(string participantId, TInput input);

    /// <summary>Applies checked input to the participant's entry; call <see cref="Touch"/> for anyone else it changes.</summary>
    protected abstract void ApplyInput(string participantId, TEntry entry, TInput input);

    /// <summary>The kind's own commands (moderation, say). Change state only when answering <see cref="Steering.Changed"/>.</summary>
    protected virtual Steering SteerKind(ActivityCommand command) => Steering.Unknown;

    /// <summary>Whether an entry holds input (a participant who took everything back has not taken part).</summary>
    protected abstract bool HasContent(TEntry entry);

    protected abstract TView BuildView(ActivityStage stage);

    /// <summary>This participant's contribution from memory (the base keeps the stored copies).</summary>
    protected abstract Contribution BuildContribution(string participantId);

    /// <summary>The contribution of someone storage holds nothing for yet.</summary>
    protected abstract Contribution EmptyContribution(string participantId);

    protected abstract IReadOnlyList<ResultRow> ResultRows(TView stored);

    protected abstract object? ResultDetails(TView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names);

    /// <summary>
    /// What this activity adds to its team's results over time once closed (a question the team asks
    /// again in later sessions), from the view as stored; null, the default, for a kind that adds nothing.
    /// </summary>
    protected virtual RepeatedResults? RepeatablePoints(TView stored) => null;

    /// <summary>
    /// Marks another participant's contribution as changed (input of someone else, or moderation): it
    /// gets a new revision, is stored with the next write, and their devices are told once it is.
    /// </summary>
    protected void Touch(string participantId)
    {
        if (!State.Entries.TryGetValue(participantId, out var entry))
        {
            entry = State.Entries[participantId] = new TEntry();
        }

        entry.Revision++;
        _unstored.Add(participantId);
        _changedByOthers.Add(participantId);
    }

    private TView FullView()
    {
        var contributors = State.Entries.Where(e => HasContent(e.Value)).Select(e => e.Key).ToArray();
        return BuildView(new ActivityStage(
            State.Title,
            State.Status,
            State.HideResultsUntilRevealed,
            State.Revealed,
            State.Anonymous,
            State.ClosesAt,
            contributors.Length,
            State.Anonymous ? null : contributors));
    }

    /// <summary>
    /// The view as stored. A write in a burst may leave building it to a later one (see WriteAsync): when
    /// memory holds nothing unstored, the view built from it now is the stored one and newer.
    /// </summary>
    private TView StoredView()
    {
        if (_storedView is null || (_storedViewOf < _storedVersion && State.Version == _storedVersion))
        {
            _storedView = FullView();
            _storedViewOf = State.Version;
        }

        return _storedView;
    }

    /// <summary>The participant's contribution as last stored (an empty one when nothing was).</summary>
    private Contribution ContributionOf(string participantId) =>
        _storedContributions.GetValueOrDefault(participantId) ?? EmptyContribution(participantId);

    private ContributionReceipt Rejected(string participantId, string why) => new(false, false, why, ContributionOf(participantId));

    private static Task<CommandOutcome> NotSetUp => Task.FromResult(CommandOutcome.Refused("This activity does not exist."));

    /// <summary>Turns something on (the activity, results, anonymity); asking again while it is on stores nothing new.</summary>
    private Task<CommandOutcome> ChangeOnce(bool alreadyDone, Action change)
    {
        if (alreadyDone)
        {
            return AlreadySoAsync();
        }

        change();
        return StoreAsync();
    }

    /// <param name="onlyEntries">
    /// True for a participant's input, which may be written to the journal when it changed nothing but
    /// entries; everything else (a facilitator's command, a close) is written as the full state.
    /// </param>
    private async Task<CommandOutcome> StoreAsync(bool onlyEntries = false)
    {
        _fullWriteDue |= !onlyEntries;
        State.Version++;
        try
        {
            await _commit.WhenStoredAsync();
            return CommandOutcome.Done;
        }
        catch (Exception)
        {
            // Not acknowledged. The change stays in memory and is stored by the next successful write;
            // the client retries with the same submission id and is then told it is counted.
            return NotSaved;
        }
    }

    /// <summary>Stores a close, then hands the activity's repeatable points to the team's results.</summary>
    private Task<CommandOutcome> StoreClosedAsync() => RecordWhenClosedAsync(StoreAsync());

    /// <summary>
    /// Once a change is stored, hands a closed activity's repeatable points to the team's results:
    /// recorded per activity, so a reopen and a second close replace the points rather than adding to
    /// them. Results the facilitator keeps hidden until revealed are not recorded until revealed: the
    /// team home shows them to every member, who must not learn there what the room was not shown.
    /// </summary>
    private async Task<CommandOutcome> RecordWhenClosedAsync(Task<CommandOutcome> storing)
    {
        var outcome = await storing;
        var shown = !State.HideResultsUntilRevealed || State.Revealed;
        if (outcome.Succeeded && shown && State.Status == ActivityStatus.Closed && RepeatablePoints(StoredView()) is { } points)
        {
            await ResultsRecorder.RecordAsync(GrainFactory, ActivityId, State.SessionId, Time.GetUtcNow(), points);
        }

        return outcome;
    }

    /// <summary>
    /// The answer to asking for what memory already holds (a repeated command, a retried input): "done"
    /// only once it is stored too, since an earlier write of it may have failed.
    /// </summary>
    private async Task<CommandOutcome> AlreadySoAsync()
    {
        if (_storedVersion >= State.Version)
        {
            return CommandOutcome.Done;
        }

        try
        {
            await _commit.WhenStoredAsync();
            return CommandOutcome.Done;
        }
        catch (Exception)
        {
            return NotSaved;
        }
    }

    private Task WriteSnapshotAsync(long includedSequence)
    {
        State.JournalSequence = includedSequence;
        return _stored.WriteStateAsync();
    }

    private async Task WriteAsync()
    {
        if (_forgotten)
        {
            throw new InvalidOperationException("This activity was deleted.");
        }

        // Taken in the same turn the write starts, so the contributions remembered as stored are exactly
        // what is being stored.
        var version = State.Version;
        var writing = _unstored;
        var changedByOthers = _changedByOthers;
        _unstored = [];
        _changedByOthers = [];
        var contributions = writing.Select(participantId => (ParticipantId: participantId, Contribution: BuildContribution(participantId))).ToArray();
        var shared = SharedStateJson.Of(State);
        var full = _fullWriteDue || !_journal.HasRoom || !shared.AsSpan().SequenceEqual(_storedShared);
        // The view too, when this write stores a facilitator's change or the last view is a push interval
        // old. Otherwise it waits for the end of the write (below): a burst's writes follow each other in
        // milliseconds, the publisher sends one view per interval, and a view (every ballot of the room,
        // statement by statement) built for every write was most of what a vote cost the grain.
        var view = full || Time.GetElapsedTime(_viewBuiltAt) >= PushInterval ? FullView() : null;
        _fullWriteDue = false;
        try
        {
            await _journal.StoreAsync(full, WriteSnapshotAsync, State.Version, writing, State.Entries);
        }
        catch
        {
            _unstored.UnionWith(writing);
            _changedByOthers.UnionWith(changedByOthers);
            _fullWriteDue |= full;
            throw;
        }

        if (full)
        {
            _storedShared = shared;
        }

        foreach (var (participantId, contribution) in contributions)
        {
            _storedContributions[participantId] = contribution;
        }

        _storedVersion = Math.Max(_storedVersion, version);
        // Nothing changed while it was written: memory is what storage holds, so its view is the stored
        // one. Otherwise the changes made meanwhile are queued for the next write, which builds it.
        view ??= State.Version == version ? FullView() : null;
        if (view is not null)
        {
            _viewBuiltAt = Time.GetTimestamp();
            _storedView = view;
            _storedViewOf = version;
            _publisher.Publish(view);
        }

        if (changedByOthers.Count > 0)
        {
            var changed = contributions.Where(c => changedByOthers.Contains(c.ParticipantId)).ToDictionary(c => c.ParticipantId, c => c.Contribution);
            _ = GrainFactory.GetGrain<ISessionGrain>(State.SessionId).ContributionsChanged(ActivityId, changed);
        }
    }

    /// <summary>
    /// Grain timers live only as long as the activation, so the stored end time is the truth: every
    /// activation schedules the close again, and one whose end time has passed closes at once.
    /// KeepAlive holds the activation until then.
    /// </summary>
    private void ScheduleClosing()
    {
        _closing?.Dispose();
        _closing = null;
        if (State.Status != ActivityStatus.Open || State.ClosesAt is not { } closesAt)
        {
            return;
        }

        var due = closesAt - Time.GetUtcNow();
        _closing = this.RegisterGrainTimer(CloseOnTimeAsync, new GrainTimerCreationOptions
        {
            DueTime = due > TimeSpan.Zero ? due : TimeSpan.Zero,
            Period = Timeout.InfiniteTimeSpan,
            KeepAlive = true,
        });
    }

    private async Task CloseOnTimeAsync(CancellationToken cancellation)
    {
        if (State.Status != ActivityStatus.Open || State.ClosesAt is null)
        {
            return;
        }

        if (State.ClosesAt > Time.GetUtcNow())
        {
            // Timers may fire a little early: wait for the rest rather than closing before the end time.
            ScheduleClosing();
            return;
        }

        State.Status = ActivityStatus.Closed;
        ScheduleClosing();
        await SteeredAsync(await StoreClosedAsync());
    }
}
