using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>
/// This node's subscription to one team's plan, renewed every 10 s (the grain forgets a node two minutes
/// after its last renewal, so a dead node's watch goes by itself). A renewal also answers the plan, so
/// a change missed while the plan grain moved or restarted still reaches the browsers, and then checks
/// the open team homes' credentials, so a revocation missed the same way still closes them.
/// </summary>
public sealed class PlanWatch : ITeamPlanObserver, IAsyncDisposable
{
    // Real time, not the app's clock: the grain's lapse is counted in real time too, and a test that
    // moves the app's clock by months must not make every watch lapse. As often as this because a missed
    // revocation leaves a removed member's team home open until the next renewal.
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(10);

    private readonly IGrainFactory _grains;
    private readonly string _teamId;
    private readonly Func<TeamPlan, Task> _show;
    private readonly Func<CredentialRevocation, Task> _revoked;
    private readonly Func<Task> _recheck;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _shown = new();
    private readonly Lazy<Task<TeamPlan>> _started;
    private ITeamPlanObserver? _reference;
    private Task? _renewing;
    private long _shownVersion = -1;

    public PlanWatch(IGrainFactory grains, string teamId, Func<TeamPlan, Task> show, Func<CredentialRevocation, Task> revoked, Func<Task> recheck, ILogger logger)
    {
        _grains = grains;
        _teamId = teamId;
        _show = show;
        _revoked = revoked;
        _recheck = recheck;
        _logger = logger;
        _started = new Lazy<Task<TeamPlan>>(StartOnceAsync);
    }

    /// <summary>The team homes on this node that use the watch, by connection id; changed under the owner's lock.</summary>
    public Dictionary<string, HubCallerContext> Homes { get; } = [];

    private ITeamPlanGrain Plan => _grains.GetGrain<ITeamPlanGrain>(_teamId);

    /// <summary>Subscribes once (later callers wait for the same subscription).</summary>
    public Task StartAsync() => _started.Value;

    public Task PlanChanged(TeamPlan plan) => ShowAsync(plan);

    public Task CredentialsRevoked(CredentialRevocation revocation) => _revoked(revocation);

    private async Task<TeamPlan> StartOnceAsync()
    {
        _reference = _grains.CreateObjectReference<ITeamPlanObserver>(this);
        var plan = await Plan.Watch(_reference);
        lock (_shown)
        {
            _shownVersion = Math.Max(_shownVersion, plan.Version);
        }

        _renewing = RenewAsync();
        return plan;
    }

    private async Task RenewAsync()
    {
        using var timer = new PeriodicTimer(Renewal);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                try
                {
                    await ShowAsync(await Plan.Watch(_reference!));
                    await _recheck();
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    _logger.LogDebug(failure, "Could not renew the watch of team {TeamId}'s plan; trying again", _teamId);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The last team home of this team on this node closed.
        }
    }

    private Task ShowAsync(TeamPlan plan)
    {
        // Only newer plans: a renewal's answer may cross a push.
        lock (_shown)
        {
            if (plan.Version <= _shownVersion)
            {
                return Task.CompletedTask;
            }

            _shownVersion = plan.Version;
        }

        return _show(plan);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_renewing is not null)
        {
            await _renewing;
        }

        if (_reference is not null)
        {
            try
            {
                await Plan.Unwatch(_reference);
            }
            catch (Exception failure)
            {
                // It lapses by itself.
                _logger.LogDebug(failure, "Could not end the watch of team {TeamId}'s plan", _teamId);
            }

            ObserverRelease.DeleteLater(_grains, _reference);
        }

        _stopping.Dispose();
    }
}
