using Microsoft.Playwright;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>Checks of the board page as the room sees it: whole, without scrolling, and readable from the back.</summary>
public static class RoomDisplay
{
    /// <summary>
    /// Sets the board's window to a room display's size and waits until it has settled: the board fits
    /// its body on the next frame after a resize, then marks and bars move into place.
    /// </summary>
    public static async Task ResizeAsync(Surface board, int width, int height)
    {
        await board.Page.SetViewportSizeAsync(width, height);
        await board.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        await board.Page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running')", null, new() { Timeout = 15_000 });
    }

    /// <summary>Neither the page nor anything inside it scrolls or spills past the window.</summary>
    public static async Task AssertNoScrollbarsAsync(Surface board, string what)
    {
        var overflow = await board.Page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth - document.documentElement.clientWidth, document.documentElement.scrollHeight - document.documentElement.clientHeight]");
        Assert.True(overflow[0] <= 0 && overflow[1] <= 0, $"The {what} scrolls: {overflow[0]} px too wide, {overflow[1]} px too tall.");
        // An element with its own scrollbar, or one whose content it cuts off at the bottom (overflow
        // hidden), hides part of the picture too. Text ending in an ellipsis on one line is meant.
        var scrolling = await board.Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('body *')]
              .filter(n => {
                const s = getComputedStyle(n);
                if (n.clientWidth <= 1 || n.clientHeight <= 1) return false; // shown to screen readers only
                const scrolls = /(auto|scroll)/.test(s.overflowX + s.overflowY);
                const clips = /(hidden|clip)/.test(s.overflowY);
                return (scrolls && (n.scrollHeight > n.clientHeight + 1 || n.scrollWidth > n.clientWidth + 1))
                  || (clips && n.scrollHeight > n.clientHeight + 1);
              })
              .map(n => n.getAttribute('data-test') || n.id || n.className || n.tagName)
            """);
        Assert.True(scrolling.Length == 0, $"On the {what}, these scroll or cut their content off: {string.Join(", ", scrolling)}.");
    }

    /// <summary>
    /// The smallest text shown is at least <paramref name="minPixels"/> high: on a room display, smaller
    /// type cannot be read from the back of the room.
    /// </summary>
    public static async Task AssertLegibleAsync(Surface board, string what, double minPixels)
    {
        var smallest = await board.Page.EvaluateAsync<System.Text.Json.JsonElement>(
            """
            () => {
              let found = { size: 1000, text: '' };
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent.trim();
                const parent = node.parentElement;
                if (!text || !parent || parent.closest('[hidden], .sm-visually-hidden, .visually-hidden, script, style')) continue;
                const box = parent.getBoundingClientRect();
                if (box.width === 0 || box.height === 0) continue;
                const size = parseFloat(getComputedStyle(parent).fontSize);
                if (size < found.size) found = { size, text: text.slice(0, 40) };
              }
              return found;
            }
            """);
        var size = smallest.GetProperty("size").GetDouble();
        Assert.True(size >= minPixels, $"On the {what}, \"{smallest.GetProperty("text").GetString()}\" is set at {size:0.#} px, under {minPixels} px.");
    }
}
