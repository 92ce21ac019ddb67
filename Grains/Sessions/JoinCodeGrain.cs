using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Grains.Sessions;

public sealed class JoinCodeGrain(
    [PersistentState("join-code", StorageNames.Sessions)] IPersistentState<JoinCodeState> stored) : Grain, IJoinCodeGrain
{
    public async Task<bool> Claim(string sessionId)
    {
        if (stored.State.SessionId is { } holder)
        {
            return holder == sessionId;
        }

        stored.State.SessionId = sessionId;
        await stored.WriteStateAsync();
        return true;
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
        if (stored.State.SessionId is not null && !stored.State.Closed)
        {
            stored.State.Closed = true;
            await stored.WriteStateAsync();
        }
    }
}
