using Orleans.Runtime;

namespace AntiLeadership.Live.Web.Hosting;

/// <summary>
/// When a node dies (a crash, a pulled plug), calls to the grains it hosted fail fast until the cluster
/// declares it dead (a few seconds, see LiveSiloConfiguration) and the next call activates the grain
/// from storage on a live node. Such a failure says "try again shortly", not "something is broken":
/// a connect waits it out instead of refusing every phone of the room at once, and it is logged as one
/// line, not as an error with a stack trace per phone.
/// </summary>
public static class NodeLoss
{
    /// <summary>Longer than the cluster takes to declare a silent node dead and move its grains.</summary>
    public static readonly TimeSpan ConnectPatience = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether the call failed because the grain's node is gone or unreachable: the message was refused
    /// for want of a connection, or its answer never came.
    /// </summary>
    public static bool Caused(Exception failure) => failure switch
    {
        OrleansMessageRejectionException or TimeoutException => true,
        AggregateException { InnerExceptions: [var only] } => Caused(only),
        _ => false,
    };

    /// <summary>
    /// Calls <paramref name="call"/>, and again after a short pause for as long as it fails for a lost
    /// node, until <paramref name="patience"/> has passed or the caller gave up (<paramref name="aborted"/>);
    /// then the last failure is thrown. Only for calls that are safe to repeat (reads, or commands that
    /// carry their own request id).
    /// </summary>
    public static async Task<T> WaitOutAsync<T>(Func<Task<T>> call, TimeSpan patience, TimeProvider time, CancellationToken aborted)
    {
        var started = time.GetTimestamp();
        var pause = FirstPause;
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception failure) when (Caused(failure) && time.GetElapsedTime(started) + pause < patience && !aborted.IsCancellationRequested)
            {
                await Task.Delay(pause, time, aborted);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }
}
