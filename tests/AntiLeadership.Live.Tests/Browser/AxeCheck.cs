using System.Text.Json;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// Runs axe-core (from the repository's npm packages) in a page as it stands and fails on any serious or
/// critical accessibility violation. The script is evaluated through the browser's debugging protocol,
/// which the page's Content-Security-Policy does not govern, so the policy stays as strict as in use.
/// </summary>
public static class AxeCheck
{
    private static readonly Lazy<string> Source = new(() =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "node_modules", "axe-core", "axe.min.js")));

    public static async Task AssertNoSeriousViolationsAsync(Surface surface, string what)
    {
        var page = surface.Page;
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'").WaitAsync(Eventually.DefaultTimeout))
        {
            await page.EvaluateAsync(Source.Value).WaitAsync(Eventually.DefaultTimeout);
        }

        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => `${n.target.join(' ')} (${n.failureSummary})`).join('; ')}`);
            }
            """).WaitAsync(TimeSpan.FromSeconds(30));
        var found = violations.EnumerateArray().Select(v => v.GetString()!).ToArray();
        Assert.True(found.Length == 0, $"Accessibility violations on the {what}:\n{string.Join("\n", found)}");
    }
}
