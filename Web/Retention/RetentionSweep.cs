using AntiLeadership.Live.Grains.Retention;
using AntiLeadership.Live.Retention;
using System.Diagnostics;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Retention;

/// <summary>
/// Automatic deletion, run by nobody asking: every web node wakes once an hour (on the injected clock,
/// so a test moves time instead of waiting), asks the registry which teams are due, asks each team
/// again (the truth: a session started since may have pushed its date back) and deletes those that are.
/// Several nodes may sweep at once; deleting is harmless to repeat, so they need no lock. The hour is
/// <see cref="LiveOptions.RetentionSweepInterval"/>.
/// </summary>
public sealed class RetentionSweep(IGrainFactory grains, TimeProvider time, IOptions<LiveOptions> options, ILogger<RetentionSweep> logger) : BackgroundService
{
    /// <summary>The default: deletion is counted in days; an hour late is on time, and costs one small call per node per hour.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Teams deleted per sweep at most, so one sweep never runs for long; the rest wait an hour.</summary>
    private const int PerSweep = 100;

    private long _sweeps;

    /// <summary>How many sweeps this node has finished since it started: proof, for operators and tests, that it runs.</summary>
    public long Sweeps => Interlocked.Read(ref _sweeps);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One sweep. Never throws for a team: a failure is logged and that team is tried again next hour.</summary>
    public async Task SweepAsync(CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        var registry = grains.GetGrain<IRetentionRegistryGrain>(0);
        IReadOnlyList<string> due;
        try
        {
            due = await registry.Due(PerSweep);
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "The retention sweep could not read the registry; it tries again in an hour");
            Interlocked.Increment(ref _sweeps);
            return;
        }

        var deleted = 0;
        foreach (var teamId in due)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                var retention = await grains.GetGrain<ITeamGrain>(teamId).GetRetention();
                if (retention?.DeleteAfter is { } deleteAfter && deleteAfter <= time.GetUtcNow())
                {
                    await TeamDeletion.ForgetTeamAsync(grains, teamId);
                    deleted++;
                    logger.LogInformation("Team {TeamId} was deleted automatically, {Days} days after its last session", teamId, retention.Days);
                }
                else
                {
                    // Gone already, turned off, or pushed back by a session the registry missed: correct it.
                    await registry.Schedule(teamId, retention?.DeleteAfter);
                }
            }
            catch (Exception failure)
            {
                logger.LogWarning(failure, "The retention sweep could not delete team {TeamId}; it tries again in an hour", teamId);
            }
        }

        logger.LogDebug("Retention sweep: {Due} team(s) due, {Deleted} deleted in {Ms:0} ms", due.Count, deleted, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Interlocked.Increment(ref _sweeps);
    }
}
