using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// One browser over the real SignalR protocol: it counts what the server sends and notes the moment
/// its picture of the activity first shows the tally the benchmark expects at the end of the burst.
/// </summary>
public sealed class BenchClient : IAsyncDisposable
{
    private volatile int[] _expected = [];
    private long _messages;
    private long _convergedAt = -1;

    private BenchClient(HubConnection connection, Func<long> clock)
    {
        Connection = connection;
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
        connection.On<object>("ContributionChanged", _ => Interlocked.Increment(ref _messages));
    }

    public HubConnection Connection { get; }

    public long Messages => Interlocked.Read(ref _messages);

    public int PresentCount { get; private set; }

    /// <summary>When (on the benchmark's clock, ms) this client first saw the expected tally; -1 if not yet.</summary>
    public long ConvergedAt => Interlocked.Read(ref _convergedAt);

    /// <summary>The tally the coming burst ends with. Each burst ends with a different one, so no client has it yet.</summary>
    public void Expect(int[] tally)
    {
        _expected = tally;
        Interlocked.Exchange(ref _convergedAt, -1);
    }

    public static async Task<BenchClient> ConnectAsync(Uri server, string sessionId, string? credential, Func<long> clock)
    {
        var connection = WorkshopHubConnection.Build(server, sessionId, credential);
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        var client = new BenchClient(connection, clock);
        await connection.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return client;
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
