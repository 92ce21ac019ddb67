namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// The real clock, moved on by whatever a test says ("three months later"): dates jump, but timers and
/// delays keep running in real time, so a whole app (publishers, pacing, renewals) behaves as usual.
/// A <c>FakeTimeProvider</c> would stop every timer of the app until the test advances it.
/// </summary>
public sealed class MovedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void MoveOn(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public override long TimestampFrequency => System.TimestampFrequency;

    public override long GetTimestamp() => System.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);
}
