using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// One browser over the real SignalR protocol: it counts what the server sends and notes the moment
/// its picture of the activity first shows the tally the benchmark expects at the end.
/// </summary>
public sealed class BenchClient : IAsyncDisposable
{
    private readonly int[] _expected;
    private long _messages;
    private long _convergedAt = -1;

    private BenchClient(HubConnection connection, int[] expected, Func<long> clock)
    {
        Connection = connection;
        _expected = expected;
        connection.On<SessionView>("SessionChanged", view =>
        {
            Interlocked.Increment(ref _messages);
            PresentCount = view.PresentCount;
        });
        connection.On<CulturePrioritiesView>("ActivityChanged", view =>
        {
            Interlocked.Increment(ref _messages);
            if (_convergedAt < 0 && view.Tally is { } tally && tally.Select(t => t.Dots).SequenceEqual(_expected))
            {
                Interlocked.CompareExchange(ref _convergedAt, clock(), -1);
            }
        });
        connection.On<Ballot>("BallotChanged", _ => Interlocked.Increment(ref _messages));
    }

    public HubConnection Connection { get; }

    public long Messages => Interlocked.Read(ref _messages);

    public int PresentCount { get; private set; }

    /// <summary>When (on the benchmark's clock, ms) this client first saw the final tally; -1 if not yet.</summary>
    public long ConvergedAt => Interlocked.Read(ref _convergedAt);

    public static async Task<BenchClient> ConnectAsync(Uri server, string sessionId, string? credential, int[] expected, Func<long> clock)
    {
        var connection = WorkshopHubConnection.Build(server, sessionId, credential);
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        var client = new BenchClient(connection, expected, clock);
        await connection.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return client;
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
