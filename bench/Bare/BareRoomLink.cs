using AntiLeadership.Live.Web.Workshop;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Bench.Bare;

/// <summary>
/// This node's one subscription to a room's tally, shared by all its browsers, with the product's fan-out
/// shape: every tally to the board and console at once, to the phones at most once per the product's
/// <see cref="PhonePacing.Interval"/>, so each side sends the same number of messages.
/// </summary>
public sealed class BareRoomLink(string room, IHubContext<BareHub> hub) : ITallyWatcher
{
    private readonly Lock _gate = new();
    private BareTally? _forPhones;

    public Task TallyChanged(BareTally tally)
    {
        lock (_gate)
        {
            if (_forPhones is null)
            {
                _ = SendToPhonesLaterAsync();
            }

            _forPhones = tally;
        }

        return hub.Clients.Group(BareRooms.Watchers(room)).SendAsync("ActivityChanged", tally);
    }

    private async Task SendToPhonesLaterAsync()
    {
        await Task.Delay(PhonePacing.Interval);
        BareTally tally;
        lock (_gate)
        {
            tally = _forPhones!;
            _forPhones = null;
        }

        await hub.Clients.Group(BareRooms.Phones(room)).SendAsync("ActivityChanged", tally);
    }
}
