using System.Diagnostics;
using AntiLeadership.Live.Telemetry;
using Orleans.Storage;

namespace AntiLeadership.Live.Grains.Publishing;

/// <summary>
/// Lets many commands share one storage write. A command changes the grain's state in memory and then
/// awaits <see cref="WhenStoredAsync"/>: while a write is running, later commands queue for the next
/// one, so a burst of votes costs a handful of writes instead of one round-trip each. Every caller is
/// answered only after a write that contains its change has completed, or with that write's failure.
/// A repeated command that finds its change already in memory asks <see cref="WhenCaughtUpAsync"/>
/// instead: an earlier write of that change may have failed, so "done" must wait until storage holds it.
/// Runs on the grain's scheduler, so no locking is needed.
/// </summary>
/// <param name="whenStale">
/// Called when storage refuses a write because the grain's copy is out of date (an earlier write
/// landed but its answer was lost, so the grain holds an old ETag). Every later write would be refused
/// the same way, so the owner deactivates and the next call reloads what is really stored.
/// </param>
internal sealed class GroupCommit(Func<Task> write, Action whenStale)
{
    private TaskCompletionSource? _next;
    private int _waiting;
    private bool _writing;
    private bool _gathering;

    // Changes made in memory so far, and how many of them the last successful write carried. Counted
    // here rather than in stored state so that every grain using a group commit gets it for free.
    private long _changes;
    private long _storedChanges;

    /// <summary>
    /// For a command that has just changed state: completes after a write that started after this call
    /// has succeeded, or fails with that write.
    /// </summary>
    public Task WhenStoredAsync()
    {
        _changes++;
        var batch = _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting++;
        if (!_writing && !_gathering)
        {
            _ = DrainAsync();
        }

        return batch.Task;
    }

    /// <summary>
    /// Runs <paramref name="each"/> for every item in this turn, holding the write back until all have
    /// changed memory, so the whole batch goes out in one write (started as the first item asked, the
    /// write would carry that item alone). Answers in the items' order. Nothing here waits, so an item
    /// whose command awaits a write (a close it finds due) only waits for the write the hold starts.
    /// </summary>
    public Task<TResult[]> TogetherAsync<TItem, TResult>(TItem[] items, Func<TItem, Task<TResult>> each)
    {
        var answers = new Task<TResult>[items.Length];
        _gathering = true;
        try
        {
            for (var i = 0; i < items.Length; i++)
            {
                answers[i] = each(items[i]);
            }
        }
        finally
        {
            _gathering = false;
            if (_next is not null && !_writing)
            {
                _ = DrainAsync();
            }
        }

        return Task.WhenAll(answers);
    }

    /// <summary>
    /// For a repeated command whose change memory already holds: completes at once when the last
    /// successful write carried every change made so far, otherwise after the next write (or fails with
    /// it), so a change whose write failed is never confirmed before a later write has stored it.
    /// </summary>
    public Task WhenCaughtUpAsync() => _storedChanges >= _changes ? Task.CompletedTask : WhenStoredAsync();

    private async Task DrainAsync()
    {
        _writing = true;
        try
        {
            while (_next is { } batch)
            {
                _next = null;
                LiveMetrics.StorageBatchSize.Record(_waiting);
                _waiting = 0;
                var started = Stopwatch.GetTimestamp();

                // Taken in the same turn the write starts, so every change counted is in it. One made
                // while it runs may be in it too; it counts as not stored, which at worst makes a repeat
                // wait for one more write.
                var carried = _changes;
                try
                {
                    await write();
                    _storedChanges = carried;
                    LiveMetrics.StorageWriteDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    batch.TrySetResult();
                }
                catch (Exception failure)
                {
                    if (failure is InconsistentStateException)
                    {
                        whenStale();
                    }

                    batch.TrySetException(failure);
                }
            }
        }
        finally
        {
            _writing = false;
        }
    }
}
