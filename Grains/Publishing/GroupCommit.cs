using System.Diagnostics;
using AntiLeadership.Live.Grains.Telemetry;
using Orleans.Storage;

namespace AntiLeadership.Live.Grains.Publishing;

/// <summary>
/// Lets many commands share one storage write. A command changes the grain's state in memory and then
/// awaits <see cref="WhenStoredAsync"/>: while a write is running, later commands queue for the next
/// one, so a burst of votes costs a handful of writes instead of one round-trip each. Every caller is
/// answered only after a write that contains its change has completed, or with that write's failure.
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

    /// <summary>Completes after a write that started after this call has succeeded.</summary>
    public Task WhenStoredAsync()
    {
        var batch = _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting++;
        if (!_writing)
        {
            _ = DrainAsync();
        }

        return batch.Task;
    }

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
                try
                {
                    await write();
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
