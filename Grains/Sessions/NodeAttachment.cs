using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Grains.Sessions;

/// <summary>
/// One web node's subscription and the participants connected through it. Held in memory only:
/// it vanishes with the activation, so nodes renew it periodically and it expires when they stop.
/// </summary>
internal sealed record NodeAttachment(ISessionObserver Observer, DateTime ExpiresAt, IReadOnlySet<string> Present);
