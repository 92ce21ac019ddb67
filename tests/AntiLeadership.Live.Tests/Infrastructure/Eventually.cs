using System.Diagnostics;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>Waits for a condition by polling it, with a deadline, instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = timeout ?? DefaultTimeout;
        T last;
        do
        {
            last = await probe().WaitAsync(limit);
            if (done(last))
            {
                return last;
            }

            await Task.Delay(50);
        }
        while (deadline.Elapsed < limit);

        throw new TimeoutException($"Timed out after {limit.TotalSeconds:0}s waiting for {what}; last value: {last}");
    }

    public static Task IsTrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        ReturnsAsync(() => Task.FromResult(condition()), ok => ok, what, timeout);
}
