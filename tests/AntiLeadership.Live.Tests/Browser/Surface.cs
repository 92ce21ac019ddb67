using Microsoft.Playwright;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>One browser window (its own context, so its own storage: a separate device) and the errors it logs.</summary>
public sealed class Surface : IAsyncDisposable
{
    private readonly List<string> _errors = [];

    private Surface(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // A 4xx answer (an unknown join code, say) is an expected refusal the page shows to its user;
            // the browser still logs it. Anything else logged as an error is a defect.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal))
            {
                lock (_errors) { _errors.Add(message.Text); }
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                lock (_errors) { _errors.Add($"{response.Status} from {response.Url}"); }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors) { _errors.Add(error); }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get { lock (_errors) { return [.. _errors]; } }
    }

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Laptop = new() { Width = 1366, Height = 900 };
    public static readonly ViewportSize RoomDisplay = new() { Width = 1920, Height = 1080 };

    public static async Task<Surface> OpenAsync(IBrowser browser, ViewportSize viewport, bool phone = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport,
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
        });
        context.SetDefaultTimeout(15_000);
        return new Surface(context, await context.NewPageAsync());
    }

    public ILocator Test(string name) => Page.Locator($"[data-test=\"{name}\"]");

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
