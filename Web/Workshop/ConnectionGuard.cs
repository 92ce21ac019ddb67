using AntiLeadership.Live.Web.Credentials;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// Runs before every hub call: a connection whose credential was revoked is closed instead of served,
/// and each connection has a budget of calls, so one flooding client cannot crowd out the room.
/// </summary>
public sealed class ConnectionGuard(RevokedCredentials revoked, TimeProvider time, ILogger<ConnectionGuard> logger) : IHubFilter
{
    /// <summary>Enough for someone tapping dots as fast as they can; far below what a script sends.</summary>
    public const int Burst = 20;
    public const double CallsPerSecond = 10;

    // Objects, not strings: looked up on every call, and a string key is hashed character by character.
    private static readonly object BudgetKey = new();
    private static readonly object LastWarningKey = new();

    /// <summary>Not async: a call that passes goes straight on, without a state machine of its own on every vote.</summary>
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocation.Context;
        if (revoked.IsRevoked(context.User!))
        {
            context.Abort();
            return ValueTask.FromException<object?>(new HubException("This link is not valid any more."));
        }

        var budget = (InvocationBudget)context.Items[BudgetKey]!;
        if (!budget.TryTake(out var retryAfter))
        {
            WarnOnce(context, invocation.HubMethodName);
            return ValueTask.FromException<object?>(new HubException(Api.ApiError.TryAgainIn("Too many actions at once", retryAfter)));
        }

        return next(invocation);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        context.Context.Items[BudgetKey] = new InvocationBudget(Burst, CallsPerSecond, time);
        return next(context);
    }

    /// <summary>One log line per flooding connection per minute, not one per refused call.</summary>
    private void WarnOnce(HubCallerContext context, string method)
    {
        var now = time.GetUtcNow();
        if (context.Items.TryGetValue(LastWarningKey, out var last) && last is DateTimeOffset at && now - at < TimeSpan.FromMinutes(1))
        {
            return;
        }

        context.Items[LastWarningKey] = now;
        SecurityLog.RateLimited(logger, context.User!.Describe(), $"hub method {method}");
    }
}
