namespace AntiLeadership.Live.Bench.Bare;

/// <summary>
/// Counts in memory and pushes as the product's activity grain does: the newest tally at most once per
/// <see cref="PushInterval"/>, one one-way call per subscribed node, so a burst of a thousand votes
/// reaches a node as a few snapshots. No storage, no validation, no duplicate check.
/// </summary>
public sealed class TallyGrain : Grain, ITallyGrain
{
    /// <summary>The product's activity grain's push interval.</summary>
    private static readonly TimeSpan PushInterval = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<string, Dictionary<string, int>> _ballots = [];
    private readonly Dictionary<string, int> _tally = [];
    private readonly List<ITallyWatcher> _watchers = [];
    private long _version;
    private long _pushedVersion;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(PushAsync, PushInterval, PushInterval);
        return Task.CompletedTask;
    }

    public Task Count(string voterId, Dictionary<string, int> dots)
    {
        if (_ballots.Remove(voterId, out var earlier))
        {
            Add(earlier, -1);
        }

        Add(dots, 1);
        _ballots[voterId] = dots;
        _version++;
        return Task.CompletedTask;
    }

    public Task Watch(ITallyWatcher watcher)
    {
        _watchers.Add(watcher);
        return Task.CompletedTask;
    }

    private void Add(Dictionary<string, int> dots, int sign)
    {
        foreach (var (statementId, count) in dots)
        {
            _tally[statementId] = _tally.GetValueOrDefault(statementId) + sign * count;
        }
    }

    private Task PushAsync(CancellationToken cancellation)
    {
        if (_pushedVersion == _version)
        {
            return Task.CompletedTask;
        }

        _pushedVersion = _version;
        var tally = new BareTally(this.GetPrimaryKeyString(), _version, [.. _tally.Select(t => new BareDots(t.Key, t.Value))]);
        foreach (var watcher in _watchers)
        {
            _ = watcher.TallyChanged(tally);
        }

        return Task.CompletedTask;
    }
}
