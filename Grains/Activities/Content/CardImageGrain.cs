using AntiLeadership.Live.Activities.Content;

namespace AntiLeadership.Live.Grains.Activities.Content;

/// <summary>
/// One uploaded image, stored once under its own random id and never changed. Not reentrant: an upload
/// is one write, and the only other call reads. An id nobody stored an image under lets its activation
/// go at once, so ids that are tried and not found cost no memory.
/// </summary>
public sealed class CardImageGrain(
    [PersistentState("card-image", StorageNames.Activities)] IPersistentState<CardImageState> stored,
    TimeProvider time) : Grain, ICardImageGrain
{
    public async Task<CommandOutcome> Keep(string sessionId, byte[] bytes)
    {
        var (contentType, problem) = CardImageRules.Check(bytes);
        if (problem is not null)
        {
            return CommandOutcome.Refused(problem);
        }

        if (stored.State.ContentType.Length > 0)
        {
            // A retry of the same upload after a lost reply is fine; anything else under this id is not.
            var same = stored.State.SessionId == sessionId && stored.State.Bytes.AsSpan().SequenceEqual(bytes);
            return same ? CommandOutcome.Done : CommandOutcome.Refused("This image id is already taken. Upload the image again.");
        }

        stored.State.ContentType = contentType!;
        stored.State.Bytes = bytes;
        stored.State.SessionId = sessionId;
        stored.State.StoredAt = time.GetUtcNow();
        try
        {
            await stored.WriteStateAsync();
        }
        catch
        {
            // Not stored: forget it in memory too, so a retry writes it again instead of finding it "taken".
            stored.State = new CardImageState();
            DeactivateOnIdle();
            throw;
        }

        return CommandOutcome.Done;
    }

    /// <summary>Goes from storage with the session it was uploaded for; one call at a time, so no write of ours is in flight.</summary>
    public async Task Forget()
    {
        await stored.ClearStateAsync();
        DeactivateOnIdle();
    }

    public Task<CardImage?> Get()
    {
        if (stored.State.ContentType.Length == 0)
        {
            DeactivateOnIdle();
            return Task.FromResult<CardImage?>(null);
        }

        return Task.FromResult<CardImage?>(new CardImage(stored.State.ContentType, stored.State.Bytes, stored.State.SessionId));
    }
}
