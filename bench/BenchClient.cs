using System.Text.Json;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// One browser over the real SignalR protocol: it counts what the server sends and notes the moment
/// its picture of the activity first shows the counts the benchmark expects at the end of the burst.
/// </summary>
public sealed class BenchClient : IAsyncDisposable
{
    private readonly BenchKind _kind;
    private volatile Dictionary<string, int> _expected = [];
    private long _messages;
    private long _convergedAt = -1;
    private long _sessionVersion = -1;
    private volatile Func<JsonElement, bool>? _watched;
    private long _watchedAt = -1;

    private BenchClient(HubConnection connection, BenchKind kind, Func<long> clock)
    {
        Connection = connection;
        _kind = kind;
        connection.On<SessionView>("SessionChanged", view =>
        {
            Interlocked.Increment(ref _messages);
            // As a browser does (snapshots.js): a view older than the one shown is dropped. A node may
            // send two views of a busy session in the other order than it numbered them.
            if (view.Version > _sessionVersion)
            {
                _sessionVersion = view.Version;
                PresentCount = view.PresentCount;
            }
        });
        connection.On<JsonElement>("ActivityChanged", view =>
        {
            Interlocked.Increment(ref _messages);
            if (_convergedAt < 0 && _kind.Shows(view, _expected))
            {
                Interlocked.CompareExchange(ref _convergedAt, clock(), -1);
            }

            if (_watched is { } watched && Interlocked.Read(ref _watchedAt) < 0 && watched(view))
            {
                Interlocked.CompareExchange(ref _watchedAt, clock(), -1);
            }
        });
        connection.On<object>("ContributionChanged", _ => Interlocked.Increment(ref _messages));
    }

    public HubConnection Connection { get; }

    public long Messages => Interlocked.Read(ref _messages);

    public int PresentCount { get; private set; }

    /// <summary>When (on the benchmark's clock, ms) this client first saw the expected counts; -1 if not yet.</summary>
    public long ConvergedAt => Interlocked.Read(ref _convergedAt);

    /// <summary>When (on the benchmark's clock, ms) this client first saw a view that <see cref="Watch"/>'s condition holds for; -1 if not yet.</summary>
    public long WatchedAt => Interlocked.Read(ref _watchedAt);

    /// <summary>Notes the first moment a view holds <paramref name="condition"/> from now on.</summary>
    public void Watch(Func<JsonElement, bool> condition)
    {
        Interlocked.Exchange(ref _watchedAt, -1);
        _watched = condition;
    }

    /// <summary>The counts the coming burst ends with. Each burst ends with different ones, so no client has them yet.</summary>
    public void Expect(Dictionary<string, int> counts)
    {
        _expected = counts;
        Interlocked.Exchange(ref _convergedAt, -1);
    }

    public static async Task<BenchClient> ConnectAsync(Uri server, string sessionId, string? credential, BenchKind kind, Func<long> clock)
    {
        var connection = WorkshopHubConnection.Build(server, sessionId, credential);
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        var client = new BenchClient(connection, kind, clock);
        await connection.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return client;
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
