using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Grains.Sessions;

/// <summary>
/// Not reentrant, so its group commit never carries more than one call; it is used for its rule that
/// a repeated claim or close is confirmed only once storage holds it.
/// </summary>
public sealed class JoinCodeGrain(
    [PersistentState("join-code", StorageNames.Sessions)] IPersistentState<JoinCodeState> stored) : Grain, IJoinCodeGrain
{
    private GroupCommit _commit = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _commit = new GroupCommit(() => stored.WriteStateAsync(), DeactivateOnIdle);
        return Task.CompletedTask;
    }

    public async Task<bool> Claim(string sessionId)
    {
        if (stored.State.SessionId is { } holder)
        {
            if (holder != sessionId)
            {
                return false;
            }

            // A repeat (its first write may have failed): the code is ours only once that is stored.
            await _commit.WhenCaughtUpAsync();
            return true;
        }

        stored.State.SessionId = sessionId;
        await _commit.WhenStoredAsync();
        return true;
    }

    /// <summary>
    /// Goes from storage with its session: the code opens nothing any more. One call at a time, so no
    /// write of ours is in flight.
    /// </summary>
    public async Task Forget()
    {
        await stored.ClearStateAsync();
        DeactivateOnIdle();
    }

    public Task<string?> FindSession()
    {
        if (stored.State.SessionId is null)
        {
            // A code nobody claimed (a typo, or a guess): give the memory back at once. Codes are claimed
            // only fresh from the random generator, so nothing claims this one meanwhile.
            DeactivateOnIdle();
        }

        return Task.FromResult(stored.State.Closed ? null : stored.State.SessionId);
    }

    public async Task Close()
    {
        if (stored.State.SessionId is null)
        {
            return;
        }

        if (stored.State.Closed)
        {
            await _commit.WhenCaughtUpAsync();
            return;
        }

        stored.State.Closed = true;
        await _commit.WhenStoredAsync();
    }
}
