using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// One room of the failover scenario: its own team and workshop with a dot vote, opened through one
/// node, and phones joined and connected alternately to each node, as a proxy spreading them would.
/// </summary>
public sealed class FailoverRoom : IAsyncDisposable
{
    private readonly WorkshopStarted _started;

    private FailoverRoom(WorkshopStarted started, string activityId, RoamingBenchPhone[] phones)
    {
        _started = started;
        ActivityId = activityId;
        Phones = phones;
    }

    public string ActivityId { get; }

    public IReadOnlyList<RoamingBenchPhone> Phones { get; }

    public static async Task<FailoverRoom> OpenAsync(Uri[] nodes, int number, int size, BenchKind kind, Func<Uri> liveNode, Func<long> clock)
    {
        var home = nodes[number % nodes.Length];
        using var http = new HttpClient { BaseAddress = home, Timeout = TimeSpan.FromSeconds(60) };
        var started = await BenchRoom.PostAsync<WorkshopStarted>(http, "/api/teams", new { teamName = $"Team {number}", sessionTitle = "Failover" });
        await using var console = await BenchClient.ConnectAsync(home, started.SessionId, started.FacilitatorKey, kind, clock);
        var activityId = await console.Connection.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), kind.Name, kind.Setup)
            .WaitAsync(TimeSpan.FromSeconds(60));
        await console.Connection.InvokeAsync("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open)).WaitAsync(TimeSpan.FromSeconds(60));
        var phones = await Concurrently.ForEachAsync(Enumerable.Range(0, size), async i =>
        {
            var joined = await BenchRoom.PostAsync<JoinedSession>(http, $"/api/join/{started.JoinCode}", new { displayName = $"P{i}", credential = (string?)null });
            return await RoamingBenchPhone.ConnectAsync(joined, nodes[(number + i) % nodes.Length], liveNode, clock);
        });
        return new FailoverRoom(started, activityId, phones);
    }

    /// <summary>
    /// The longest time (ms) in which no vote of this room was acknowledged, among the gaps that span
    /// <paramref name="moment"/>: how long the room stood still when a node died (until <paramref name="end"/>
    /// if it never moved again).
    /// </summary>
    public long StallAcross(long moment, long end)
    {
        var acks = Phones.SelectMany(p => p.AckedAt).Order().ToArray();
        return acks.FirstOrDefault(a => a > moment, end) - acks.LastOrDefault(a => a <= moment, moment);
    }

    /// <summary>What the room was told was stored, to read back later.</summary>
    public AcknowledgedVotes Acknowledged(BenchKind kind) =>
        new(_started.SessionId, _started.FacilitatorKey, ActivityId, Phones.Select(p => p.Credential).ToArray(), kind, Phones.Select(p => p.LastAcknowledged).ToArray());

    public async ValueTask DisposeAsync()
    {
        await Concurrently.ForEachAsync(Phones, async phone =>
        {
            await phone.DisposeAsync();
            return true;
        });
    }
}
