namespace AntiLeadership.Live.Bench;

/// <summary>Many simulated phones at once, but a bounded number of them in flight.</summary>
public static class Concurrently
{
    private const int InFlight = 32;

    public static async Task<T[]> ForEachAsync<TIn, T>(IEnumerable<TIn> items, Func<TIn, Task<T>> work, int inFlight = InFlight)
    {
        // Fail fast: after the first failure nothing new starts, so a broken phase ends the run at once.
        using var gate = new SemaphoreSlim(inFlight);
        using var failed = new CancellationTokenSource();
        return await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync(failed.Token);
            try
            {
                return await work(item);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                BenchLog.Write($"failed: {error.GetType().Name}: {error.Message}");
                await failed.CancelAsync();
                throw;
            }
            finally
            {
                gate.Release();
            }
        }));
    }
}
