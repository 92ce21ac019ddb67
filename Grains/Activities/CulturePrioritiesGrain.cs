using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Grains.Telemetry;
using AntiLeadership.Live.Sessions;
using Orleans.Concurrency;

namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// Reentrant so that votes arriving while a storage write is in flight can join the next write (group
/// commit). That is safe because every command validates and changes state synchronously, before its
/// first await; the only await is for the write that carries the change.
/// </summary>
[Reentrant]
public sealed class CulturePrioritiesGrain : Grain, ICulturePrioritiesGrain
{
    private static readonly TimeSpan PushInterval = TimeSpan.FromMilliseconds(100);

    private readonly IPersistentState<CulturePrioritiesState> _stored;
    private readonly GroupCommit _commit;
    private readonly CoalescingPublisher<CulturePrioritiesView> _publisher;
    private readonly Tally _tally = new();

    // Each participant's ballot as storage holds it. Phones are answered from here, never from memory,
    // so no phone is shown dots that were not stored (a failed write leaves memory ahead of storage).
    private readonly Dictionary<string, Ballot> _storedBallots = [];
    private HashSet<string> _unstoredBallots = [];
    private CulturePrioritiesView? _storedView;
    private IGrainTimer? _closing;
    private long _storedVersion;

    public CulturePrioritiesGrain(
        [PersistentState("culture-priorities", StorageNames.Activities)] IPersistentState<CulturePrioritiesState> stored)
    {
        _stored = stored;
        _commit = new GroupCommit(WriteAsync, DeactivateOnIdle);
        _publisher = new CoalescingPublisher<CulturePrioritiesView>(
            this, view => GrainFactory.GetGrain<ISessionGrain>(view.SessionId).ActivityChanged(view), PushInterval);
    }

    private CulturePrioritiesState State => _stored.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _tally.Rebuild(State.Ballots.Values);
        foreach (var participantId in State.Ballots.Keys)
        {
            _storedBallots[participantId] = BallotInMemory(participantId);
        }

        _storedVersion = State.Version;
        _storedView = BuildView();
        if (State.Status == VotingStatus.Open && State.ClosesAt <= DateTimeOffset.UtcNow)
        {
            // The end time passed while nobody had this activity loaded (a restart, a quiet spell):
            // close before answering anybody.
            State.Status = VotingStatus.Closed;
            await StoreAsync();
        }

        ScheduleClosing();
    }

    public async Task<CommandOutcome> SetUp(string sessionId, CulturePrioritiesSetup setup)
    {
        if (CulturePrioritiesRules.CheckSetup(setup) is { } problem)
        {
            return CommandOutcome.Refused(problem);
        }

        var title = CulturePrioritiesRules.Title(setup.Title).Text;
        var statements = CulturePrioritiesRules.Statements(setup.Statements).Statements;
        if (State.IsSetUp)
        {
            var same = State.SessionId == sessionId && State.Title == title
                && State.Statements.Select(s => s.Text).SequenceEqual(statements);
            return same ? await AlreadySoAsync() : CommandOutcome.Refused("This activity is already set up.");
        }

        State.SessionId = sessionId;
        State.Title = title;
        State.Statements = statements.Select((text, i) => new Statement($"s{i + 1}", text)).ToList();
        State.DotsPerParticipant = setup.DotsPerParticipant;
        State.MaxDotsPerStatement = setup.MaxDotsPerStatement;
        State.HideResultsUntilRevealed = setup.HideResultsUntilRevealed;
        State.Anonymous = setup.Anonymous;
        State.Status = VotingStatus.NotOpened;
        return await StoreAsync();
    }

    public Task<CommandOutcome> OpenVoting() => ChangeOnce(State.Status == VotingStatus.Open, () =>
    {
        State.Status = VotingStatus.Open;
        State.ClosesAt = null;
        ScheduleClosing();
    });

    public Task<CommandOutcome> CloseVoting()
    {
        if (State.Status != VotingStatus.Open)
        {
            return State.Status == VotingStatus.Closed
                ? AlreadySoAsync()
                : Task.FromResult(CommandOutcome.Refused("Voting has not opened yet."));
        }

        State.Status = VotingStatus.Closed;
        ScheduleClosing();
        return StoreAsync();
    }

    public Task<CommandOutcome> SetVotingTimer(int seconds)
    {
        if (!State.IsSetUp)
        {
            return NotSetUp;
        }

        if (seconds < 0 || seconds > CulturePrioritiesRules.MaxTimerSeconds)
        {
            return Task.FromResult(CommandOutcome.Refused($"A timer can run for at most {CulturePrioritiesRules.MaxTimerSeconds / 60} minutes."));
        }

        State.Status = VotingStatus.Open;
        State.ClosesAt = seconds == 0 ? null : DateTimeOffset.UtcNow.AddSeconds(seconds);
        ScheduleClosing();
        return StoreAsync();
    }

    public Task<CommandOutcome> RevealResults() => ChangeOnce(State.Revealed, () => State.Revealed = true);

    public Task<CommandOutcome> RaiseAnonymity() => ChangeOnce(State.Anonymous, () => State.Anonymous = true);

    public async Task<BallotReceipt> CastDots(string participantId, string submissionId, IReadOnlyDictionary<string, int> dots)
    {
        State.Ballots.TryGetValue(participantId, out var ballot);
        if (string.IsNullOrWhiteSpace(submissionId) || submissionId.Length > CulturePrioritiesRules.MaxSubmissionIdLength)
        {
            return Rejected(participantId, "This vote is missing its submission id. Reload the page and try again.");
        }

        if (ballot is not null && ballot.Remembers(submissionId))
        {
            // A retry after a lost reply or a failed write: the change is already in memory, so it only
            // needs to be stored before we confirm it.
            var stored = await AlreadySoAsync();
            return stored.Succeeded ? new BallotReceipt(true, true, null, ToBallot(participantId)) : Rejected(participantId, stored.Rejection!);
        }

        if (CulturePrioritiesRules.CheckBallot(State, dots) is { } problem)
        {
            return Rejected(participantId, problem);
        }

        ballot ??= State.Ballots[participantId] = new StoredBallot();
        _tally.Remove(ballot);
        ballot.Dots = dots.Where(d => d.Value > 0).ToDictionary(d => d.Key, d => d.Value);
        ballot.Revision++;
        ballot.Remember(submissionId);
        _tally.Add(ballot);
        _unstoredBallots.Add(participantId);

        var outcome = await StoreAsync();
        if (!outcome.Succeeded)
        {
            return Rejected(participantId, outcome.Rejection!);
        }

        LiveMetrics.VotesStored.Add(1);
        return new BallotReceipt(true, false, null, ToBallot(participantId));
    }

    public Task<Ballot> GetBallot(string participantId) => Task.FromResult(ToBallot(participantId));

    public Task<CulturePrioritiesView> GetView() => Task.FromResult(_storedView ?? BuildView());

    // The view and the ballots as stored, so they agree. Anonymity is read from memory instead, which is
    // raised before it is stored and never lowered: a raise still being written already keeps them out.
    public Task<CulturePrioritiesResults> GetResults() => Task.FromResult(new CulturePrioritiesResults(
        _storedView ?? BuildView(),
        State.Anonymous
            ? null
            : _storedBallots.Where(b => b.Value.Dots.Count > 0).Select(b => new ParticipantBallot(b.Key, b.Value.Dots)).ToArray()));

    /// <summary>
    /// Grain timers live only as long as the activation, so the stored end time is the truth: every
    /// activation schedules the close again, and one whose end time has passed closes at once.
    /// KeepAlive holds the activation until then.
    /// </summary>
    private void ScheduleClosing()
    {
        _closing?.Dispose();
        _closing = null;
        if (State.Status != VotingStatus.Open || State.ClosesAt is not { } closesAt)
        {
            return;
        }

        var due = closesAt - DateTimeOffset.UtcNow;
        _closing = this.RegisterGrainTimer(CloseOnTimeAsync, new GrainTimerCreationOptions
        {
            DueTime = due > TimeSpan.Zero ? due : TimeSpan.Zero,
            Period = Timeout.InfiniteTimeSpan,
            KeepAlive = true,
        });
    }

    private async Task CloseOnTimeAsync(CancellationToken cancellation)
    {
        if (State.Status != VotingStatus.Open || State.ClosesAt is null)
        {
            return;
        }

        if (State.ClosesAt > DateTimeOffset.UtcNow)
        {
            // Timers may fire a little early: wait for the rest rather than closing before the end time.
            ScheduleClosing();
            return;
        }

        State.Status = VotingStatus.Closed;
        _closing?.Dispose();
        _closing = null;
        await StoreAsync();
    }

    private static readonly CommandOutcome NotSaved = CommandOutcome.Refused("Not saved: the server could not store this just now. Trying again…");

    private static Task<CommandOutcome> NotSetUp => Task.FromResult(CommandOutcome.Refused("This activity does not exist."));

    /// <summary>Turns something on (voting, results, anonymity); asking again while it is on stores nothing new.</summary>
    private Task<CommandOutcome> ChangeOnce(bool alreadyDone, Action change)
    {
        if (!State.IsSetUp)
        {
            return NotSetUp;
        }

        if (alreadyDone)
        {
            return AlreadySoAsync();
        }

        change();
        return StoreAsync();
    }

    private BallotReceipt Rejected(string participantId, string why) => new(false, false, why, ToBallot(participantId));

    /// <summary>The participant's ballot as last stored (empty when none was).</summary>
    private Ballot ToBallot(string participantId) =>
        _storedBallots.GetValueOrDefault(participantId) ?? new Ballot(this.GetPrimaryKeyString(), new Dictionary<string, int>(), State.DotsPerParticipant, 0);

    private Ballot BallotInMemory(string participantId)
    {
        var ballot = State.Ballots[participantId];
        var dots = new Dictionary<string, int>(ballot.Dots);
        return new Ballot(this.GetPrimaryKeyString(), dots, State.DotsPerParticipant - dots.Values.Sum(), ballot.Revision);
    }

    private async Task<CommandOutcome> StoreAsync()
    {
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

    /// <summary>
    /// The answer to asking for what memory already holds (a repeated command, a retried vote): "done"
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

    private async Task WriteAsync()
    {
        // Built in the same turn the write starts, so the pushed view and the ballots remembered as
        // stored are exactly what is being stored.
        var view = BuildView();
        var writing = _unstoredBallots;
        _unstoredBallots = [];
        var ballots = writing.Select(participantId => (participantId, BallotInMemory(participantId))).ToArray();
        try
        {
            await _stored.WriteStateAsync();
        }
        catch
        {
            _unstoredBallots.UnionWith(writing);
            throw;
        }

        foreach (var (participantId, ballot) in ballots)
        {
            _storedBallots[participantId] = ballot;
        }

        _storedVersion = Math.Max(_storedVersion, view.Version);
        _storedView = view;
        _publisher.Publish(view);
    }

    private CulturePrioritiesView BuildView() => new(
        this.GetPrimaryKeyString(),
        State.SessionId,
        State.Version,
        State.Title,
        State.Statements.ToArray(),
        State.DotsPerParticipant,
        State.MaxDotsPerStatement,
        State.HideResultsUntilRevealed,
        State.Status,
        State.Revealed,
        _tally.Voters,
        _tally.DotsPlaced,
        State.Statements.Select(s => _tally.For(s.StatementId)).ToArray(),
        TallyVisible: true,
        State.ClosesAt,
        State.Anonymous,
        State.Anonymous ? null : State.Ballots.Where(b => b.Value.Dots.Count > 0).Select(b => b.Key).ToArray());
}
