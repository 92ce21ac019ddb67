using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Bench.Bare;

/// <summary>
/// The bare path's hub: the product's method names and answers, so the benchmark's room drives it as it
/// drives the product, but no credential, limit or validation. A connection's access token (a header from
/// .NET and Node clients, the query string from browsers) says only whether it is a phone (any token but
/// the console's), the board (none) or the console.
/// </summary>
public sealed class BareHub(IGrainFactory grains, BareRooms rooms) : Hub
{
    private const string RoomKey = "room";

    private static readonly BenchReceipt Accepted = new(true, false, null);

    public override async Task OnConnectedAsync()
    {
        var request = Context.GetHttpContext()!.Request;
        var room = request.Query["session"].ToString();
        var token = request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString()["Bearer ".Length..] : request.Query["access_token"].ToString();
        var phone = token.Length > 0 && token != BareHost.ConsoleKey;
        Context.Items[RoomKey] = room;
        await Groups.AddToGroupAsync(Context.ConnectionId, phone ? BareRooms.Phones(room) : BareRooms.Watchers(room));
        var present = phone ? rooms.Arrive(room) : rooms.Present(room);
        await Clients.Group(BareRooms.Watchers(room)).SendAsync("SessionChanged", new BarePresence(present, present));
    }

    public async Task<string> AddActivity(string requestId, string kind, JsonElement setup)
    {
        var room = (string)Context.Items[RoomKey]!;
        var activityId = $"{room}-{requestId}";
        await grains.GetGrain<ITallyGrain>(activityId).Watch(rooms.LinkFor(room));
        return activityId;
    }

    /// <summary>The bare activity is always open.</summary>
    public Task SteerActivity(string activityId, JsonElement command) => Task.CompletedTask;

    /// <summary>The voter is the connection: one per phone in the benchmark.</summary>
    public async Task<BenchReceipt> Submit(string activityId, string submissionId, BareBallot input)
    {
        await grains.GetGrain<ITallyGrain>(activityId).Count(Context.ConnectionId, input.Dots);
        return Accepted;
    }
}
