using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Runs axe-core in a page as it is now (a wait, a refusal) and fails with what it found. Injected
/// through the browser's debugging channel, so the page's Content-Security-Policy stays as it is.
/// </summary>
public static class Accessibility
{
    /// <param name="leftOut">Selectors of elements with a known finding that is not this test's subject, each said why at the call.</param>
    public static async Task AssertNoViolationsAsync(Surface surface, string what, params string[] leftOut)
    {
        var context = new AxeRunContext { Exclude = [.. leftOut.Select(selector => new AxeSelector(selector))] };
        var result = await surface.Page.RunAxe(context).WaitAsync(Infrastructure.Eventually.DefaultTimeout);
        var found = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => $"{n.Html} ({string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})"))}")
            .ToList();
        Assert.NotEmpty(result.Passes); // axe did run its rules
        Assert.True(found.Count == 0, $"Accessibility of {what}:\n{string.Join("\n", found)}");
    }
}
