using Deque.AxeCore.Playwright;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Runs axe-core in a page as it is now (a wait, a refusal) and fails with what it found. Injected
/// through the browser's debugging channel, so the page's Content-Security-Policy stays as it is.
/// </summary>
public static class Accessibility
{
    public static async Task AssertNoViolationsAsync(Surface surface, string what)
    {
        var result = await surface.Page.RunAxe().WaitAsync(Infrastructure.Eventually.DefaultTimeout);
        var found = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.NotEmpty(result.Passes); // axe did run its rules
        Assert.True(found.Count == 0, $"Accessibility of {what}:\n{string.Join("\n", found)}");
    }
}
