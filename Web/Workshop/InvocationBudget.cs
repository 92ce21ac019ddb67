namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// A token bucket for one connection's hub calls. Our own rather than System.Threading.RateLimiting's:
/// its limiters either run a timer each (ten thousand phones, ten thousand timers) or refill only when
/// told to; this one refills from the elapsed time whenever it is asked, and costs two fields.
/// </summary>
public sealed class InvocationBudget(int burst, double perSecond, TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _tokens = burst;
    private long _refilledAt = time.GetTimestamp();

    /// <summary>Takes one call from the budget, or says how long until there is one.</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(burst, _tokens + (time.GetElapsedTime(_refilledAt, now).TotalSeconds * perSecond));
            _refilledAt = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / perSecond);
            return false;
        }
    }
}
