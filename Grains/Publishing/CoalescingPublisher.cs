namespace AntiLeadership.Live.Grains.Publishing;

/// <summary>
/// Pushes at most one snapshot per interval: the newest one wins, older pending ones are dropped.
/// A burst of a thousand votes therefore reaches each web node as a few snapshots, not a thousand
/// messages. The first change after a quiet spell goes out on the next timer turn.
/// </summary>
internal sealed class CoalescingPublisher<TView>(Grain grain, Func<TView, Task> push, TimeSpan interval)
    where TView : class
{
    private Func<TView>? _pending;
    private IGrainTimer? _timer;
    private DateTime _lastPush = DateTime.MinValue;

    public void Publish(TView view) => Publish(() => view);

    /// <summary>Builds the view only when it is pushed: many changes inside one interval cost one build.</summary>
    public void Publish(Func<TView> build)
    {
        _pending = build;
        if (_timer is not null)
        {
            return;
        }

        var wait = interval - (DateTime.UtcNow - _lastPush);
        _timer = grain.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions
        {
            DueTime = wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            Period = Timeout.InfiniteTimeSpan,
            Interleave = true,
        });
    }

    private async Task FlushAsync(CancellationToken cancellation)
    {
        _timer?.Dispose();
        _timer = null;
        if (_pending is not { } build)
        {
            return;
        }

        _pending = null;
        _lastPush = DateTime.UtcNow;
        await push(build());
    }
}
