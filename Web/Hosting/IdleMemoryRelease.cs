using AntiLeadership.Live.Silo;
using AntiLeadership.Live.Web.Workshop;

namespace AntiLeadership.Live.Web.Hosting;

/// <summary>
/// After a busy day a node's memory stays at its peak even once the rooms' grains are gone: the runtime
/// gives freed memory back to the system only at a full, compacting collection, and an idle node allocates
/// too little to ever start one. So once no session has had a browser on this node for a whole idle period
/// (<see cref="LiveClusterOptions.IdleDeactivation"/>, after which its rooms' grains have deactivated),
/// one such collection runs: once per quiet spell, never while anyone is connected.
/// </summary>
public sealed class IdleMemoryRelease(SessionFanOut fanOut, IConfiguration configuration, TimeProvider time, ILogger<IdleMemoryRelease> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = configuration.GetSection(LiveClusterOptions.SectionName).GetValue<TimeSpan?>(nameof(LiveClusterOptions.IdleDeactivation))
            ?? new LiveClusterOptions().IdleDeactivation;
        var check = idle / 4;
        using var timer = new PeriodicTimer(check, time);
        var spell = new QuietSpell(idle, check);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (spell.Due(fanOut.OpenSessions > 0, time.GetUtcNow()))
            {
                var before = Environment.WorkingSet;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                logger.LogInformation("No workshop open on this node for {Idle}: gave back {Released} MB of memory", idle,
                    (before - Environment.WorkingSet) / (1024 * 1024));
            }
        }
    }
}
