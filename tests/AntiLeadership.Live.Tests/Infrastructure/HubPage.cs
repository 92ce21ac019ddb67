using System.Collections.Concurrent;
using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A page's connection to the hub as a browser has it, read as raw JSON: the newest view of each
/// activity, the newest own contribution, and every view it was sent, so a test sees exactly the
/// members (and the absence of members) a page gets.
/// </summary>
public sealed class HubPage : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, JsonElement> _views = new();
    private readonly ConcurrentQueue<string> _seen = new();

    private HubPage(HubConnection connection)
    {
        Connection = connection;
        connection.On<JsonElement>("ActivityChanged", view =>
        {
            _seen.Enqueue(view.GetRawText());
            _views.AddOrUpdate(view.GetProperty("activityId").GetString()!, view, (_, old) =>
                view.GetProperty("version").GetInt64() > old.GetProperty("version").GetInt64() ? view : old);
        });
        connection.On<JsonElement>("ContributionChanged", contribution =>
        {
            if (Contribution is not { } old || contribution.GetProperty("revision").GetInt64() >= old.GetProperty("revision").GetInt64())
            {
                Contribution = contribution;
            }
        });
    }

    public HubConnection Connection { get; }

    /// <summary>The newest own contribution this page was sent (of any activity), or null.</summary>
    public JsonElement? Contribution { get; private set; }

    /// <summary>Every view this page was sent, as text.</summary>
    public string Seen => string.Join("\n", _seen);

    public JsonElement? View(string activityId) => _views.TryGetValue(activityId, out var view) ? view : null;

    public static async Task<HubPage> OpenAsync(Uri server, string sessionId, string? credential)
    {
        var page = new HubPage(WorkshopHubConnection.Build(server, sessionId, credential));
        await page.Connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
        return page;
    }

    public Task WaitForViewAsync(string activityId, Func<JsonElement, bool> condition, string what) =>
        Eventually.IsTrueAsync(() => View(activityId) is { } view && condition(view), what);

    public async Task<T> InvokeAsync<T>(string method, params object?[] args) =>
        await Connection.InvokeCoreAsync<T>(method, args).WaitAsync(Eventually.DefaultTimeout);

    public Task<JsonElement> SubmitAsync(string activityId, object input) =>
        InvokeAsync<JsonElement>("Submit", activityId, Guid.NewGuid().ToString(), input);

    public Task SteerAsync(string activityId, string name, string? target = null, string? text = null) =>
        InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(name, Target: target, Text: text));

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync().AsTask().WaitAsync(Eventually.DefaultTimeout);
}
