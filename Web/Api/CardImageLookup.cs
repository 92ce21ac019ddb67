using AntiLeadership.Live.Activities.Content;
using AntiLeadership.Live.Web.Credentials;
using Microsoft.Extensions.Caching.Memory;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Stands between image ids from outside and the image grains, as <see cref="SessionIdGuard"/> does for
/// session ids: an unknown id counts against the address like a wrong join code (<see cref="JoinThrottle"/>),
/// so trying ids costs the one trying, and ids known to exist are never held back, so a room's board
/// is not kept from its images by a neighbour behind the same address.
/// </summary>
public sealed class CardImageLookup(IGrainFactory grains, JoinThrottle throttle) : IDisposable
{
    private static readonly TimeSpan FoundFor = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _found = new(new MemoryCacheOptions { SizeLimit = SessionIdGuard.Remembered });

    /// <summary>An image just stored here: never held back.</summary>
    public void Found(string imageId) =>
        _found.Set(imageId, true, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = FoundFor });

    /// <summary>The image, or none (no such id), or how long the address must wait first.</summary>
    public async Task<(CardImage? Image, TimeSpan? Wait)> FindAsync(string imageId, string address)
    {
        if (!Credential.IsId(imageId))
        {
            return (null, throttle.Failed(address));
        }

        if (!_found.TryGetValue(imageId, out _) && throttle.MustWait(address) is { } wait)
        {
            return (null, wait);
        }

        var image = await grains.GetGrain<ICardImageGrain>(imageId).Get();
        if (image is null)
        {
            return (null, throttle.Failed(address));
        }

        Found(imageId);
        return (image, null);
    }

    public void Dispose() => _found.Dispose();
}
