using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// The app on a real socket plus Debian's Chromium driven by Playwright, headless. Browsers cannot be
/// downloaded here, so Playwright is pointed at the system executable.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"];

    private IPlaywright _playwright = null!;

    public LiveAppFixture Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        // Playwright's assertions wait 5 s unless told otherwise; the suite runs two classes side by side
        // (servers, PostgreSQL and browsers on two cores), where a push can take longer than that without
        // anything being wrong. Waiting longer changes no outcome, only how soon a real failure is reported;
        // a test that asserts how quickly something happens passes its own, shorter, timeout.
        Assertions.SetDefaultExpectTimeout(15_000);
        await Server.InitializeAsync();
        _playwright = await Playwright.CreateAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = FindChromium(),
            Headless = true,
            Args = ChromiumFlags,
            Timeout = 60_000,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
    }

    private static string FindChromium()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (candidate is { Length: > 0 } && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Chromium is not installed: the README test command installs Debian's chromium package.");
    }
}
