using System.Threading.RateLimiting;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Keeps join codes from being found by guessing: an address that has tried too many wrong codes
/// waits, whatever it asks next (so a right guess after many wrong ones tells it nothing). Guessing
/// spread over many addresses raises an operator alarm (<see cref="GuessingAlarm"/>) but refuses nobody.
/// Failures are counted when a lookup ends and the allowance is checked again then, so guesses sent
/// all at once get no more answers than guesses sent one by one, while a room behind one address
/// looking up the right code together is never held back. New participants per address come from a
/// token bucket, so a room behind one NAT can arrive at once.
/// </summary>
public sealed class JoinThrottle : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _failures;
    private readonly GuessingAlarm _alarm;
    private readonly PartitionedRateLimiter<string> _joins;
    private readonly ILogger<JoinThrottle> _logger;
    private readonly int _failuresPerAddress;

    public JoinThrottle(IOptions<LiveOptions> options, TimeProvider time, ILogger<JoinThrottle> logger)
    {
        var limits = options.Value.Limits;
        _logger = logger;
        _failuresPerAddress = limits.FailedLookupsPerMinutePerAddress;
        _failures = PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, limits.FailedLookupsPerMinutePerAddress),
                Window = Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        _alarm = new GuessingAlarm(limits.FailedLookupsPerMinute, time, logger);
        _joins = AddressBuckets.Create(limits.JoinsPerMinutePerAddress, Window);
    }

    /// <summary>
    /// How long this address (or returning member, see <see cref="ReturningMember.ThrottleKey"/>) must
    /// wait before it may look up a code or a session; null when it may now.
    /// </summary>
    public TimeSpan? MustWait(string address)
    {
        // Asking for zero permits only checks whether any are left.
        using var own = _failures.AttemptAcquire(address, 0);
        return own.IsAcquired ? null : AddressBuckets.RetryAfter(own, Window);
    }

    /// <summary>
    /// Counts a wrong or closed code (or an unknown session id) against the address. Null when it was
    /// within the allowance (say "not found"); else how long to wait, and the answer must not say more.
    /// </summary>
    public TimeSpan? Failed(string address)
    {
        _alarm.Count();
        using var own = _failures.AttemptAcquire(address);
        if (own.IsAcquired && _failures.GetStatistics(address)?.CurrentAvailablePermits == 0)
        {
            SecurityLog.LookupsThrottled(_logger, address, _failuresPerAddress);
        }

        return own.IsAcquired ? null : AddressBuckets.RetryAfter(own, Window);
    }

    /// <summary>Takes one new participant from the address's bucket; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryJoin(string address)
    {
        using var lease = _joins.AttemptAcquire(address);
        return lease.IsAcquired ? null : AddressBuckets.RetryAfter(lease, Window);
    }

    public void Dispose()
    {
        _failures.Dispose();
        _joins.Dispose();
    }
}
