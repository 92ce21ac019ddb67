using System.Threading.RateLimiting;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Keeps join codes from being found by guessing: an address that has tried too many wrong codes
/// waits, whatever it asks next (so a right guess after many wrong ones tells it nothing), and a global
/// cap holds back guessing spread over many addresses. Joins per address are limited too.
/// Failures are counted when a lookup ends and the allowance is checked again then, so guesses sent
/// all at once get no more answers than guesses sent one by one, while a room behind one address
/// looking up the right code together is never held back.
/// Partitioned limiters replenish on one shared timer and drop idle addresses by themselves.
/// </summary>
public sealed class JoinThrottle : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _failures;
    private readonly FixedWindowRateLimiter _allFailures;
    private readonly PartitionedRateLimiter<string> _joins;
    private readonly ILogger<JoinThrottle> _logger;
    private readonly int _failuresPerAddress;

    public JoinThrottle(IOptions<LiveOptions> options, ILogger<JoinThrottle> logger)
    {
        var limits = options.Value.Limits;
        _logger = logger;
        _failuresPerAddress = limits.FailedLookupsPerMinutePerAddress;
        _failures = PerAddress(limits.FailedLookupsPerMinutePerAddress);
        _allFailures = new FixedWindowRateLimiter(Options(limits.FailedLookupsPerMinute));
        _joins = PerAddress(limits.JoinsPerMinutePerAddress);
    }

    /// <summary>How long this address must wait before it may look up a code; null when it may now.</summary>
    public TimeSpan? MustWait(string address)
    {
        // Asking for zero permits only checks whether any are left.
        using var own = _failures.AttemptAcquire(address, 0);
        if (!own.IsAcquired)
        {
            return RetryAfter(own);
        }

        using var all = _allFailures.AttemptAcquire(0);
        return all.IsAcquired ? null : RetryAfter(all);
    }

    /// <summary>
    /// Counts a wrong or closed code against the address and against everybody. Null when it was within
    /// the allowance (say "not found"); else how long to wait, and the answer must not say more.
    /// </summary>
    public TimeSpan? Failed(string address)
    {
        using var own = _failures.AttemptAcquire(address);
        using var all = _allFailures.AttemptAcquire();
        if (own.IsAcquired && _failures.GetStatistics(address)?.CurrentAvailablePermits == 0)
        {
            SecurityLog.LookupsThrottled(_logger, address, _failuresPerAddress);
        }

        return !own.IsAcquired ? RetryAfter(own) : !all.IsAcquired ? RetryAfter(all) : null;
    }

    /// <summary>Takes one join from the address's allowance; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryJoin(string address)
    {
        using var lease = _joins.AttemptAcquire(address);
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    public void Dispose()
    {
        _failures.Dispose();
        _allFailures.Dispose();
        _joins.Dispose();
    }

    private static PartitionedRateLimiter<string> PerAddress(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => Options(perMinute)));

    private static FixedWindowRateLimiterOptions Options(int perMinute) => new()
    {
        PermitLimit = Math.Max(1, perMinute),
        Window = Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
}
