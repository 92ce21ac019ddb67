namespace AntiLeadership.Live.Grains.Publishing;

/// <summary>
/// Versions for views that include state which is not stored (who is present right now). They must
/// keep increasing across reactivations, or browsers would ignore the new activation's snapshots, so
/// they follow the wall clock in microseconds and never go backwards within an activation.
/// </summary>
internal sealed class VersionClock(long floor)
{
    private long _last = floor;

    public long Next()
    {
        var now = DateTime.UtcNow.Ticks / 10;
        _last = Math.Max(_last + 1, now);
        return _last;
    }
}
