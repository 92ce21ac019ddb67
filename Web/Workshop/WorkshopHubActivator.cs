using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// Makes the <see cref="WorkshopHub"/> for each hub call from services resolved once. SignalR's own
/// activator is a scoped service that resolves the hub's six dependencies again on every call: for a
/// room of a thousand phones voting, a tenth of the node's busy time went into that. The hub is still
/// a fresh object per call (SignalR sets its context on it), and every dependency is a singleton.
/// </summary>
public sealed class WorkshopHubActivator(
    IGrainFactory grains, SessionFanOut fanOut, IntakeLanes lanes, SessionIdGuard sessions, TimeProvider time, ILogger<WorkshopHub> logger) : IHubActivator<WorkshopHub>
{
    public WorkshopHub Create() => new(grains, fanOut, lanes, sessions, time, logger);

    public void Release(WorkshopHub hub) => hub.Dispose();
}
