using AntiLeadership.Live.Web.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// Rejections are thrown as <see cref="HubException"/> with a message for the user's screen. Anything
/// else (storage down, a timeout) becomes a generic message: details stay in the server log, and a
/// timeout never proves the command did not run, so we do not claim that nothing changed.
/// </summary>
public sealed class HubErrorFilter(ILogger<HubErrorFilter> logger) : IHubFilter
{
    public const string Unavailable = "Not saved: the server could not complete this just now. Please try again.";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException)
        {
            throw;
        }
        catch (Exception failure) when (NodeLoss.Caused(failure))
        {
            // A node of the cluster died and its grains are on their way to a live one: every phone's call
            // fails alike for seconds, and each is retried. One line each, not an error with a stack trace.
            logger.LogWarning("Hub method {Method} could not reach its grain ({Failure}); the browser will try again",
                invocationContext.HubMethodName, failure.GetType().Name);
            throw new HubException(Unavailable);
        }
        catch (Exception failure)
        {
            logger.LogError(failure, "Hub method {Method} failed", invocationContext.HubMethodName);
            throw new HubException(Unavailable);
        }
    }
}
