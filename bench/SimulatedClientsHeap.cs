using System.Diagnostics;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// The benchmark's own process (every simulated phone, board and console) settles its heap before a
/// measured stretch. Latencies are read on this process's clock: a pause of its garbage collector while a
/// board's view arrives is counted as the server's delay. Opening 200 rooms leaves 5,400 new connections'
/// state in its young generations, and its next collections copied 100 MB each in 100–235 ms pauses, one of
/// them during an organisation day's first measured burst (docs/performance.md, 2026-12-04 (night)).
/// Only this process is collected; the node under test is left as it is.
/// </summary>
public static class SimulatedClientsHeap
{
    public static void Settle()
    {
        var started = Stopwatch.GetTimestamp();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        BenchLog.Write($"the simulated clients' own heap settled in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms (this process, not the node)");
    }
}
