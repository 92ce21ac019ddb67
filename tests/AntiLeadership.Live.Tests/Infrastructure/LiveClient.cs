using System.Collections.Concurrent;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// A browser's view of a session through the real SignalR .NET client: it keeps the newest snapshot of
/// each kind, ignoring older ones exactly as the browser code does.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, CulturePrioritiesView> _activities = new();
    private SessionView? _session;
    private Ballot? _ballot;
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        connection.Closed += error =>
        {
            _closed.TrySetResult(error);
            return Task.CompletedTask;
        };
        connection.On<string>("CredentialRevoked", message => RevokedMessage = message);
        connection.On<SessionView>("SessionChanged", view =>
        {
            if (_session is null || view.Version > _session.Version)
            {
                _session = view;
            }
        });
        connection.On<CulturePrioritiesView>("ActivityChanged", view =>
        {
            ActivityMessages.Enqueue(System.Text.Json.JsonSerializer.Serialize(view));
            _activities.AddOrUpdate(view.ActivityId, view, (_, old) => view.Version > old.Version ? view : old);
        });
        connection.On<Ballot>("BallotChanged", ballot =>
        {
            if (_ballot is null || ballot.Revision >= _ballot.Revision)
            {
                _ballot = ballot;
            }
        });
    }

    public HubConnection Connection { get; }

    public SessionView? Session => _session;

    public Ballot? Ballot => _ballot;

    /// <summary>Why the server said it is closing this connection, if it did.</summary>
    public string? RevokedMessage { get; private set; }

    /// <summary>Every activity message received, as JSON again, to check what was (not) in it.</summary>
    public ConcurrentQueue<string> ActivityMessages { get; } = new();

    /// <summary>Completes when the connection closes (by the server, or by us).</summary>
    public Task<Exception?> Closed => _closed.Task;

    public CulturePrioritiesView? Activity(string activityId) => _activities.GetValueOrDefault(activityId);

    public static async Task<LiveClient> ConnectAsync(Uri baseAddress, string sessionId, string? credential)
    {
        var connection = WorkshopHubConnection.Build(baseAddress, sessionId, credential);
        var client = new LiveClient(connection);
        await connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
        return client;
    }

    /// <summary>Connects as a browser does after a failure: trying again until the deadline.</summary>
    public static async Task<LiveClient> ConnectWithRetryAsync(Uri baseAddress, string sessionId, string? credential, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            try
            {
                return await ConnectAsync(baseAddress, sessionId, credential);
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }

    public Task WaitForActivityAsync(string activityId, Func<CulturePrioritiesView, bool> condition, string what, TimeSpan? timeout = null) =>
        Eventually.IsTrueAsync(() => Activity(activityId) is { } view && condition(view), what, timeout);

    public Task WaitForSessionAsync(Func<SessionView, bool> condition, string what) =>
        Eventually.IsTrueAsync(() => Session is { } view && condition(view), what);

    public async Task<T> InvokeAsync<T>(string method, params object?[] args) =>
        await Connection.InvokeCoreAsync<T>(method, args).WaitAsync(Eventually.DefaultTimeout);

    public async Task InvokeAsync(string method, params object?[] args) =>
        await Connection.InvokeCoreAsync(method, args).WaitAsync(Eventually.DefaultTimeout);

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync().AsTask().WaitAsync(Eventually.DefaultTimeout);
}
