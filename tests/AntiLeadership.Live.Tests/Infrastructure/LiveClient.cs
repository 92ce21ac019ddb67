using System.Collections.Concurrent;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
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
        connection.On<Ballot>("ContributionChanged", ballot =>
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

    /// <summary>Connects once; <paramref name="within"/> (by default the tests' usual wait) bounds how long the server may take to let it in.</summary>
    public static async Task<LiveClient> ConnectAsync(Uri baseAddress, string sessionId, string? credential, TimeSpan? within = null)
    {
        var connection = WorkshopHubConnection.Build(baseAddress, sessionId, credential);
        var client = new LiveClient(connection);
        await connection.StartAsync().WaitAsync(within ?? Eventually.DefaultTimeout);
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

    /// <summary>Adds a culture-priorities vote through the hub's one AddActivity method.</summary>
    public Task<string> AddCulturePrioritiesAsync(string requestId, CulturePrioritiesSetup setup) =>
        InvokeAsync<string>("AddActivity", requestId, CulturePrioritiesKind.Name, setup);

    /// <summary>A facilitator's command to an activity (see <see cref="ActivityCommands"/>).</summary>
    public Task SteerAsync(string activityId, string command, int? seconds = null, string? target = null, string? text = null) =>
        InvokeAsync("SteerActivity", activityId, new ActivityCommand(command, seconds, target, text));

    /// <summary>Places a participant's whole ballot through the hub's one Submit method.</summary>
    public Task<BallotReceipt> CastDotsAsync(string activityId, string submissionId, IReadOnlyDictionary<string, int> dots) =>
        InvokeAsync<BallotReceipt>("Submit", activityId, submissionId, new CulturePrioritiesInput(dots));

    public Task<Ballot> GetBallotAsync(string activityId) => InvokeAsync<Ballot>("GetContribution", activityId);

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync().AsTask().WaitAsync(Eventually.DefaultTimeout);
}
