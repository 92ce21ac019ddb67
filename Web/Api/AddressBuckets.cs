using System.Threading.RateLimiting;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Per-address token buckets: a whole allowance may be used at once (a room arriving together), and it
/// comes back evenly, a token every few seconds, instead of all at the end of a window; so a refusal
/// means "wait seconds", not "wait a minute". Partitioned limiters replenish on one shared timer and
/// drop addresses whose bucket is full again.
/// </summary>
public static class AddressBuckets
{
    public static PartitionedRateLimiter<string> Create(int permits, TimeSpan window)
    {
        var size = Math.Max(1, permits);

        // Refilled every second (several tokens at a time when the rate is high), or a token every
        // window/permits when that is longer: 600 a minute is 10 a second, 20 an hour one every 3 minutes.
        var tokensPerPeriod = (int)Math.Ceiling(size * TimeSpan.FromSeconds(1) / window);
        var period = window * tokensPerPeriod / size;
        return PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = size,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>How long a refused lease says to wait, or <paramref name="otherwise"/> when it does not say.</summary>
    public static TimeSpan RetryAfter(RateLimitLease lease, TimeSpan otherwise) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : otherwise;
}
