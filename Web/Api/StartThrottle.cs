using System.Threading.RateLimiting;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Workshops (new teams) and next sessions started per address: every one is a team, a session and a
/// join code in storage, and nothing else limited them (1,500 teams from one address in 22 s). A room
/// starts one or two; a bucket of an hour's allowance still lets a facilitator try a few times.
/// </summary>
public sealed class StartThrottle(IOptions<LiveOptions> options) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Said (with "— try again in N s.") when an address has started too many.</summary>
    public const string TooMany = "Too many workshops started from this address";

    private readonly PartitionedRateLimiter<string> _starts = AddressBuckets.Create(options.Value.Limits.WorkshopsPerHourPerAddress, Window);

    /// <summary>Takes one start from the address's bucket; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryStart(string address)
    {
        using var lease = _starts.AttemptAcquire(address);
        return lease.IsAcquired ? null : AddressBuckets.RetryAfter(lease, Window);
    }

    public void Dispose() => _starts.Dispose();
}
