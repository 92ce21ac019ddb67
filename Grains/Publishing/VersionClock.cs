namespace AntiLeadership.Live.Grains.Publishing;

/// <summary>
/// Versions for views that include state which is not stored (who is present right now). They must
/// keep increasing across reactivations, or browsers would ignore the new activation's snapshots, so
/// they follow the wall clock in microseconds since 1970 and never go backwards within an activation.
/// Microseconds since 1970 stay below 2^53 for centuries, so browsers read them exactly as numbers.
/// </summary>
internal sealed class VersionClock(long floor)
{
    private long _last = floor;

    public long Next()
    {
        var now = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10;
        _last = Math.Max(_last + 1, now);
        return _last;
    }
}
