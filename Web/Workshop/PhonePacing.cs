using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// Paces activity snapshots to a session's phones. What the facilitator changes (voting opens or
/// closes, results revealed, an activity put on screen) goes out at once. Votes coming in wait: the
/// first such change starts an <see cref="Interval"/>, at its end the newest view of every activity
/// that changed goes out, and so on while votes keep coming. The board and the console keep the grain's
/// 100 ms rhythm. A phone showing a live tally needs it only twice a second; in a burst of a thousand
/// voters this is most of what the server sends, and what phones on a busy Wi-Fi have to read, and a
/// push at the first vote of a burst would only be outdated before the phones had drawn it.
/// A paced view differs from the last one sent at once only in counts, so it goes out
/// <see cref="ActivityView.Paced"/>: without what the phones already have. A crowd beyond
/// <see cref="CrowdFrom"/> connections on the node waits longer (<see cref="IntervalFor"/>).
/// </summary>
public sealed class PhonePacing(Func<ActivityView, Task> send, TimeProvider time, Action<Exception> failed, Func<int>? connections = null)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>Up to this many connections of a session on a node, phones get <see cref="Interval"/>'s pace.</summary>
    public const int CrowdFrom = 5_000;

    /// <summary>The longest a vote waits to reach the phones of the largest crowd.</summary>
    public static readonly TimeSpan LongestInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The pace for a session with <paramref name="connections"/> connections on this node: beyond
    /// <see cref="CrowdFrom"/> the interval grows with the crowd, so one session's paced views stay at about
    /// ten thousand messages a second per node however many phones it has (up to <see cref="LongestInterval"/>).
    /// Each paced view of a room of 10,000 costs the node and the room's Wi-Fi ten thousand sends; a burst
    /// there takes about a second, and a live tally once a second reads as live. The board and the console
    /// keep the grain's own rhythm.
    /// </summary>
    public static TimeSpan IntervalFor(int connections) =>
        connections <= CrowdFrom
            ? Interval
            : TimeSpan.FromTicks(Math.Min(LongestInterval.Ticks, Interval.Ticks * connections / CrowdFrom));

    private readonly Dictionary<string, ActivityView> _pending = [];
    private readonly Dictionary<string, ActivityView> _lastOffered = [];
    private bool _scheduled;

    public Task OfferAsync(ActivityView view)
    {
        lock (_pending)
        {
            var earlier = _lastOffered.GetValueOrDefault(view.ActivityId);
            if (earlier is not null && view.Version < earlier.Version)
            {
                // Overtaken by a newer view, sent or waiting: phones would drop it anyway.
                return Task.CompletedTask;
            }

            // A view as new as the last is the session re-sending the activity it puts on screen: phones
            // switching to it need it now, not in half a second.
            var urgent = earlier is null || view.Version == earlier.Version || !view.OnlyCountsChangedSince(earlier);
            _lastOffered[view.ActivityId] = view;
            if (urgent)
            {
                // Nothing waiting for this activity is newer than this view.
                _pending.Remove(view.ActivityId);
            }
            else
            {
                _pending[view.ActivityId] = view;
                if (!_scheduled)
                {
                    _scheduled = true;
                    _ = FlushLaterAsync();
                }

                return Task.CompletedTask;
            }
        }

        // Sent outside the lock: a send to a thousand connections is not something to hold a lock over.
        return send(view);
    }

    private async Task FlushLaterAsync()
    {
        await Task.Delay(IntervalFor(connections?.Invoke() ?? 0), time);
        ActivityView[] views;
        lock (_pending)
        {
            views = [.. _pending.Values];
            _pending.Clear();
            _scheduled = false;
        }

        try
        {
            await Task.WhenAll(views.Select(view => send(view.Paced())));
        }
        catch (Exception failure)
        {
            // Phones keep their last snapshot and get the next one; nothing here is the truth.
            failed(failure);
        }
    }
}
