namespace AntiLeadership.Live.Activities.Content;

/// <summary>
/// One image uploaded for a content card, keyed by a fresh random id that never names another image.
/// It is stored once and never changes, so screens may cache it for good.
/// </summary>
public interface ICardImageGrain : IGrainWithStringKey, IForgettable
{
    /// <summary>
    /// Stores the image, answered only once it is stored. The type comes from the bytes themselves
    /// (<see cref="CardImageRules"/>), never from what an uploader declared. Storing the same bytes again
    /// is harmless; anything else under an id already taken is refused.
    /// </summary>
    Task<CommandOutcome> Keep(string sessionId, byte[] bytes);

    /// <summary>The stored image, or null when this id holds none.</summary>
    Task<CardImage?> Get();
}
