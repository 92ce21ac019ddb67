using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// Paces activity snapshots to a session's phones: the first change after a quiet spell goes out at once,
/// changes within the next <see cref="Interval"/> wait and only the newest per activity is sent. The board
/// and the console keep the grain's 100 ms rhythm; a phone showing a live tally needs it only twice a
/// second, and in a burst of a thousand voters this is most of what the server sends and what phones on a
/// busy Wi-Fi have to read.
/// </summary>
public sealed class PhonePacing(Func<ActivityView, Task> send, TimeProvider time, Action<Exception> failed)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly Dictionary<string, ActivityView> _pending = [];
    private long _lastSent = long.MinValue;
    private bool _scheduled;

    public Task OfferAsync(ActivityView view)
    {
        TimeSpan? flushIn = null;
        lock (_pending)
        {
            var now = time.GetTimestamp();
            if (!_scheduled && (_lastSent == long.MinValue || time.GetElapsedTime(_lastSent, now) >= Interval))
            {
                _lastSent = now;
            }
            else
            {
                // Views of one activity arrive in version order, except a re-sent one: never replace a newer one.
                if (!_pending.TryGetValue(view.ActivityId, out var waiting) || waiting.Version <= view.Version)
                {
                    _pending[view.ActivityId] = view;
                }

                if (_scheduled)
                {
                    return Task.CompletedTask;
                }

                _scheduled = true;
                var due = Interval - time.GetElapsedTime(_lastSent, now);
                flushIn = due > TimeSpan.Zero ? due : TimeSpan.Zero;
            }
        }

        // Sent outside the lock: a send to a thousand connections is not something to hold a lock over.
        if (flushIn is { } wait)
        {
            _ = FlushLaterAsync(wait);
            return Task.CompletedTask;
        }

        return send(view);
    }

    private async Task FlushLaterAsync(TimeSpan due)
    {
        await Task.Delay(due, time);
        ActivityView[] views;
        lock (_pending)
        {
            views = [.. _pending.Values];
            _pending.Clear();
            _scheduled = false;
            _lastSent = time.GetTimestamp();
        }

        try
        {
            await Task.WhenAll(views.Select(send));
        }
        catch (Exception failure)
        {
            // Phones keep their last snapshot and get the next one; nothing here is the truth.
            failed(failure);
        }
    }
}
