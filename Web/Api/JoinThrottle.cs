using System.Threading.RateLimiting;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Keeps join codes from being found by guessing: an address that has tried too many wrong codes
/// waits, whatever it asks next (so a right guess after many wrong ones tells it nothing), and a global
/// cap holds back guessing spread over many addresses. Joins per address are limited too.
/// Partitioned limiters replenish on one shared timer and drop idle addresses by themselves.
/// </summary>
public sealed class JoinThrottle : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan InFlightWait = TimeSpan.FromSeconds(1);

    private readonly PartitionedRateLimiter<string> _failures;
    private readonly FixedWindowRateLimiter _allFailures;
    private readonly PartitionedRateLimiter<string> _joins;
    private readonly ILogger<JoinThrottle> _logger;
    private readonly int _failuresPerAddress;

    // Lookups reserved and not yet ended, per address and in all; guarded by _gate. Bounded by the
    // requests in flight, because an address leaves the map when its last lookup ends.
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _pending = [];
    private int _allPending;

    public JoinThrottle(IOptions<LiveOptions> options, ILogger<JoinThrottle> logger)
    {
        var limits = options.Value.Limits;
        _logger = logger;
        _failuresPerAddress = limits.FailedLookupsPerMinutePerAddress;
        _failures = PerAddress(limits.FailedLookupsPerMinutePerAddress);
        _allFailures = new FixedWindowRateLimiter(Options(limits.FailedLookupsPerMinute));
        _joins = PerAddress(limits.JoinsPerMinutePerAddress);
    }

    /// <summary>
    /// Reserves one lookup for the address before the code is looked up; null when it may go ahead,
    /// else how long it must wait. Lookups still in flight count as failures until they end, so a
    /// burst of parallel guesses cannot all pass the check before the first failure is counted.
    /// Every reservation must be ended with <see cref="EndLookup"/>.
    /// </summary>
    public TimeSpan? TryReserveLookup(string address)
    {
        lock (_gate)
        {
            var pendingHere = _pending.GetValueOrDefault(address);
            if (Wait(_failures.AttemptAcquire(address, 0), _failures.GetStatistics(address), pendingHere) is { } own)
            {
                return own;
            }

            if (Wait(_allFailures.AttemptAcquire(0), _allFailures.GetStatistics(), _allPending) is { } all)
            {
                return all;
            }

            _pending[address] = pendingHere + 1;
            _allPending++;
            return null;
        }
    }

    /// <summary>Ends a reserved lookup; a wrong or closed code counts against the address and against everybody.</summary>
    public void EndLookup(string address, bool failed)
    {
        lock (_gate)
        {
            var pendingHere = _pending.GetValueOrDefault(address) - 1;
            if (pendingHere > 0)
            {
                _pending[address] = pendingHere;
            }
            else
            {
                _pending.Remove(address);
            }

            _allPending--;
            if (!failed)
            {
                return;
            }

            using var own = _failures.AttemptAcquire(address);
            using var all = _allFailures.AttemptAcquire();
            if (own.IsAcquired && _failures.GetStatistics(address)?.CurrentAvailablePermits == 0)
            {
                SecurityLog.LookupsThrottled(_logger, address, _failuresPerAddress);
            }
        }
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

    /// <summary>
    /// Null when a permit is left after the lookups in flight; else how long to wait: until the window
    /// turns when none is left, or a moment when only lookups in flight hold the rest.
    /// </summary>
    private static TimeSpan? Wait(RateLimitLease check, RateLimiterStatistics? statistics, int pending)
    {
        using (check)
        {
            if (!check.IsAcquired)
            {
                return RetryAfter(check);
            }
        }

        return statistics is null || statistics.CurrentAvailablePermits > pending ? null : InFlightWait;
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
}
