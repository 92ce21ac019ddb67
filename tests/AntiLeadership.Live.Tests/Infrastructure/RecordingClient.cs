using System.Collections.Concurrent;
using System.Text.Json;
using AntiLeadership.Live.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A page's connection that keeps every message the server sent it, as it arrived (the raw JSON of each
/// argument), so a test can check what was — and what was not — in any of them, and how large each was.
/// </summary>
public sealed class RecordingClient : IAsyncDisposable
{
    private static readonly string[] Pushes = ["SessionChanged", "ActivityChanged", "ContributionChanged"];

    private readonly ConcurrentQueue<(string Method, string Json)> _messages = new();

    private RecordingClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var method in Pushes)
        {
            connection.On<JsonElement>(method, argument => _messages.Enqueue((method, argument.GetRawText())));
        }
    }

    public HubConnection Connection { get; }

    /// <summary>Every message received so far, in order.</summary>
    public IReadOnlyList<(string Method, string Json)> Messages => _messages.ToArray();

    public static async Task<RecordingClient> ConnectAsync(Uri server, string sessionId, string? credential)
    {
        var client = new RecordingClient(WorkshopHubConnection.Build(server, sessionId, credential));
        await client.Connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
        return client;
    }

    /// <summary>The newest view of the activity received, or null.</summary>
    public JsonElement? View(string activityId) => Newest("ActivityChanged", "version", activityId);

    /// <summary>The newest own contribution to the activity received, or null.</summary>
    public JsonElement? Contribution(string activityId) => Newest("ContributionChanged", "revision", activityId);

    public Task WaitForViewAsync(string activityId, Func<JsonElement, bool> condition, string what, TimeSpan? timeout = null) =>
        Eventually.IsTrueAsync(() => View(activityId) is { } view && condition(view), what, timeout);

    public async Task<T> InvokeAsync<T>(string method, params object?[] args) =>
        await Connection.InvokeCoreAsync<T>(method, args).WaitAsync(Eventually.DefaultTimeout);

    public async Task InvokeAsync(string method, params object?[] args) =>
        await Connection.InvokeCoreAsync(method, args).WaitAsync(Eventually.DefaultTimeout);

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync().AsTask().WaitAsync(Eventually.DefaultTimeout);

    private JsonElement? Newest(string method, string counter, string activityId) =>
        Messages.Where(m => m.Method == method)
            .Select(m => JsonDocument.Parse(m.Json).RootElement)
            .Where(e => e.GetProperty("activityId").GetString() == activityId)
            .OrderBy(e => e.GetProperty(counter).GetInt64())
            .Cast<JsonElement?>()
            .LastOrDefault();
}
