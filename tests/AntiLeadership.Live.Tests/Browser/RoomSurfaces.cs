using Microsoft.Playwright;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>A room's screens for one browser test: a facilitator's laptop, the room display and some phones, each its own browser context.</summary>
public sealed class RoomSurfaces : IAsyncDisposable
{
    private RoomSurfaces(Surface console, Surface board, IReadOnlyList<Surface> phones)
    {
        Console = console;
        Board = board;
        Phones = phones;
    }

    public Surface Console { get; }

    public Surface Board { get; }

    public IReadOnlyList<Surface> Phones { get; }

    public IEnumerable<Surface> All => Phones.Append(Console).Append(Board);

    public static async Task<RoomSurfaces> OpenAsync(IBrowser browser, int phones)
    {
        var console = await Surface.OpenAsync(browser, Surface.Laptop);
        var board = await Surface.OpenAsync(browser, Surface.RoomDisplay);
        var opened = new List<Surface>();
        for (var i = 0; i < phones; i++)
        {
            opened.Add(await Surface.OpenAsync(browser, Surface.Phone, phone: true));
        }

        return new RoomSurfaces(console, board, opened);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var surface in All)
        {
            await surface.DisposeAsync();
        }
    }
}
