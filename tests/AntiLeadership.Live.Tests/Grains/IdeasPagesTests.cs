using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Ideas;
using AntiLeadership.Live.Web.Hosting;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// A room of a thousand with three of the longest entries each, in characters the hub's JSON escapes
/// (six bytes each): every view, for the room and for the facilitator, fits the hub's message size, and
/// the pages together hold every entry exactly once.
/// </summary>
[Collection(GrainClusterCollection.Name)]
public sealed class IdeasPagesTests(GrainClusterFixture fixture)
{
    private const int People = 1000;

    // What the hub sends: camel case, enums by name, the default encoder (which escapes all non-ASCII).
    private static readonly JsonSerializerOptions Hub = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static int Bytes(object message) => Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(message, message.GetType(), Hub));

    /// <summary>140 characters that each take six bytes in a message, different for every entry.</summary>
    private static string Longest(int person, int n) => $"{person:D4}-{n} " + new string('é', 133);

    private static void AssertFits(object message, string what) =>
        Assert.True(Bytes(message) < LiveServices.MaximumReceiveMessageSize - 1024, $"{what} takes {Bytes(message)} bytes");

    /// <summary>The ids of the items on the first <paramref name="pages"/> pages.</summary>
    private static async Task<List<string>> ItemsAsync(IdeasRoom room, int pages)
    {
        var ids = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            await room.SteerOkAsync(IdeasCommands.Page, text: $"{page}");
            ids.AddRange((await room.ViewAsync()).Items!.Select(i => i.ItemId));
        }

        return ids;
    }

    [Fact]
    public async Task Three_thousand_of_the_longest_entries_travel_in_pages_that_each_fit_the_hubs_message_size()
    {
        var room = await IdeasRoom.OpenAsync(fixture.Grains, IdeasRoom.Setup(screen: true, dots: 10, perItem: 1, entries: 10));
        var written = await Task.WhenAll(Enumerable.Range(0, People).Select(p => room.WriteAsync($"p{p}", Longest(p, 0), Longest(p, 1), Longest(p, 2))));
        Assert.All(written, w => Assert.True(w.Accepted, w.Rejection));
        var screened = await room.ViewAsync();
        Assert.Equal(3 * People, screened.Entries);
        AssertFits(screened, "the facilitator's screening view");
        AssertFits(screened.ForAudience(), "the room's view while writing");
        await room.SteerOkAsync(ActivityCommands.Reveal);

        var seen = new List<string>();
        var page = 1;
        while (true)
        {
            var view = await room.ViewAsync();
            AssertFits(view, $"page {page} for the facilitator");
            AssertFits(view.ForAudience(), $"page {page} for the room");
            Assert.Equal(page, view.Page!.Number);
            seen.AddRange(view.Items!.SelectMany(i => i.Entries.Select(e => e.EntryId)));
            if (page == view.Page.Count)
            {
                break;
            }

            await room.SteerOkAsync(IdeasCommands.Page, text: $"{++page}");
        }

        Assert.Equal(3 * People, seen.Count);
        Assert.Equal(3 * People, seen.Distinct().Count());

        // One group far too large for a message (the first three pages): the view carries what fits and
        // says how many more.
        var first = (await ItemsAsync(room, 3)).Select(id => $"{id}@").ToArray();
        await room.SteerOkAsync(IdeasCommands.Group, string.Join(' ', first.Skip(1)), first[0]);
        await room.SteerOkAsync(IdeasCommands.Page, text: "1");
        var big = await room.ViewAsync();
        var group = big.Items!.First();
        Assert.True(group.IsGroup && group.MoreEntries > 0 && group.Entries.Count + group.MoreEntries == first.Length);
        AssertFits(big, "a page with a group too large for one message");

        // The shortlist of twenty kept items, the longest there can be, and a contribution of ten dotted ones.
        await room.SteerOkAsync(IdeasCommands.Phase, text: "voting");
        var items = (await ItemsAsync(room, 3)).Take(20).ToArray();
        var dots = items.Take(10).ToDictionary(id => id, _ => 1);
        var voted = await room.DotsAsync("p0", dots);
        Assert.True(voted.Accepted, voted.Rejection);
        await room.DotsAsync("p1", items.Skip(10).ToDictionary(id => id, _ => 1));
        AssertFits(voted.Contribution, "a contribution with ten entries' worth of dotted items");
        await room.SteerOkAsync(IdeasCommands.Phase, text: "shortlist");
        foreach (var item in items)
        {
            await room.SteerOkAsync(IdeasCommands.Keep, item);
        }

        var shortlist = await room.ViewAsync();
        Assert.Equal(20, shortlist.Ranking!.Count(r => r.Kept));
        AssertFits(shortlist, "the shortlist");
        AssertFits(shortlist.ForAudience(), "the shortlist for the room");
    }
}
