using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Ideas;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// Ideas through the hub, read as the browsers read it: every message each client actually received,
/// as raw JSON, so the test sees what reached a phone or the board and what never did.
/// </summary>
public sealed class IdeasHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private static readonly string[] Names = ["Ana Lee", "Ben Okafor", "Cem Yilmaz"];

    private static readonly string[][] Written =
    [
        ["Secret one: pair on the hard bugs", "Secret two: <script>alert(1)</script>"],
        ["Secret three: shorter stand-ups"],
        ["Secret four: <img src=x onerror=alert(1)>"],
    ];

    private Uri Server => fixture.App.BaseAddress;

    private sealed record Room(WorkshopStarted Workshop, string ActivityId, RecordingClient Console, RecordingClient Board, RecordingClient[] Phones, string[] ParticipantIds) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var client in Phones.Append(Board).Append(Console))
            {
                await client.DisposeAsync();
            }
        }
    }

    private async Task<Room> OpenAsync(bool screen, bool anonymous = true)
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var console = await RecordingClient.ConnectAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var board = await RecordingClient.ConnectAsync(Server, workshop.SessionId, credential: null);
        var activityId = await console.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), IdeasKind.Name, new
        {
            title = "Ideas", prompt = "What should we start doing?", maxEntriesPerPerson = 3, maxEntryLength = 140,
            screenBeforeReveal = screen, phonesMayGroup = true, dotsPerPerson = 3, maxDotsPerItem = 2, hideResultsUntilRevealed = false, anonymous,
        });
        await console.InvokeAsync("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        var phones = new List<RecordingClient>();
        var ids = new List<string>();
        foreach (var name in Names)
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            phones.Add(await RecordingClient.ConnectAsync(Server, joined.SessionId, joined.Credential));
            ids.Add(joined.ParticipantId);
        }

        return new Room(workshop, activityId, console, board, phones.ToArray(), ids.ToArray());
    }

    /// <summary>How many items a view carries, or -1 while it carries none (before the reveal).</summary>
    private static int Items(JsonElement view) =>
        view.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array ? items.GetArrayLength() : -1;

    private static object Entries(int person) =>
        new { entries = Written[person].Select((text, n) => new { entryId = $"entry{person}-{n}-{Guid.NewGuid():N}"[..24], text }).ToArray() };

    private static async Task WriteAllAsync(Room room)
    {
        for (var p = 0; p < room.Phones.Length; p++)
        {
            var answer = await room.Phones[p].InvokeAsync<JsonElement>("Submit", room.ActivityId, Guid.NewGuid().ToString(), Entries(p));
            Assert.True(answer.GetProperty("accepted").GetBoolean(), answer.GetRawText());
            Assert.Equal(Written[p], answer.GetProperty("contribution").GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
        }

        var total = Written.Sum(w => w.Length);
        await room.Board.WaitForViewAsync(room.ActivityId, v => v.GetProperty("entries").GetInt32() == total, "the board to count every entry");
        await room.Console.WaitForViewAsync(room.ActivityId, v => v.GetProperty("entries").GetInt32() == total, "the console to count every entry");
        foreach (var phone in room.Phones)
        {
            await phone.WaitForViewAsync(room.ActivityId, v => v.GetProperty("entries").GetInt32() == total, "every phone to count every entry");
        }
    }

    /// <summary>Whether any message the client received holds any of <paramref name="texts"/>, as sent or in any string once unescaped.</summary>
    private static bool Received(RecordingClient client, IEnumerable<string> texts) =>
        client.Messages.Any(m =>
        {
            var strings = Strings(JsonDocument.Parse(m.Json).RootElement).ToArray();
            return texts.Any(text => m.Json.Contains(text, StringComparison.Ordinal) || strings.Any(s => s.Contains(text, StringComparison.Ordinal)));
        });

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    /// <summary>An entry's text, and the part of it after its label, which no other message could hold by chance.</summary>
    private static string[] Secret(string text) => [text, text[(text.IndexOf(':') + 2)..]];

    [Fact]
    public async Task No_entry_text_reaches_a_phone_or_the_board_or_an_unscreening_console_before_the_reveal_and_after_it_everyone_reads_them()
    {
        await using var room = await OpenAsync(screen: false);
        await WriteAllAsync(room);

        var everything = Written.SelectMany(w => w).SelectMany(Secret).ToArray();
        Assert.False(Received(room.Board, everything), "the board received an entry's text before the reveal");
        Assert.False(Received(room.Console, everything), "the console received an entry's text with screening off");
        for (var p = 0; p < room.Phones.Length; p++)
        {
            var others = Written.Where((_, i) => i != p).SelectMany(w => w).SelectMany(Secret);
            Assert.False(Received(room.Phones[p], others), $"{Names[p]}'s phone received someone else's entry");
        }

        Assert.All(room.Board.Messages.Concat(room.Console.Messages).Where(m => m.Method == "ActivityChanged"), m => Assert.DoesNotContain(room.ParticipantIds[0], m.Json));

        await room.Console.InvokeAsync("SteerActivity", room.ActivityId, new ActivityCommand(ActivityCommands.Reveal));

        await room.Board.WaitForViewAsync(room.ActivityId, v => Items(v) == 4, "the board to show the revealed entries");
        foreach (var phone in room.Phones)
        {
            await phone.WaitForViewAsync(room.ActivityId, v => Items(v) == 4, "every phone to show the revealed entries");
        }

        Assert.True(Received(room.Board, Written[2]));
        Assert.All(room.Board.Messages, m => Assert.DoesNotContain(room.ParticipantIds[1], m.Json));
    }

    [Fact]
    public async Task With_screening_the_console_alone_reads_the_entries_before_the_reveal_and_sets_one_aside_telling_its_author_only()
    {
        await using var room = await OpenAsync(screen: true);
        await WriteAllAsync(room);
        await room.Console.WaitForViewAsync(room.ActivityId, v => Items(v) == 4, "the console to list the entries to screen");

        Assert.True(Received(room.Console, Written[1]));
        Assert.False(Received(room.Board, Written.SelectMany(w => w).SelectMany(Secret)));
        Assert.False(Received(room.Phones[0], Written[1].SelectMany(Secret)));

        var hostile = room.Console.View(room.ActivityId)!.Value.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("entries").EnumerateArray())
            .Single(e => e.GetProperty("text").GetString() == Written[2][0]);
        await room.Console.InvokeAsync("SteerActivity", room.ActivityId, new ActivityCommand(IdeasCommands.SetAside, Target: hostile.GetProperty("entryId").GetString()));

        await Eventually.IsTrueAsync(
            () => room.Phones[2].Contribution(room.ActivityId)?.GetProperty("entries") is { } entries
                && entries.GetArrayLength() == 1 && entries[0].GetProperty("moderation").GetString() == "setAside",
            "Cem's phone to be told the facilitator set his entry aside");
        Assert.All(room.Phones.Take(2), phone => Assert.All(
            phone.Contribution(room.ActivityId)!.Value.GetProperty("entries").EnumerateArray(),
            e => Assert.Equal("none", e.GetProperty("moderation").GetString())));
        await room.Console.InvokeAsync("SteerActivity", room.ActivityId, new ActivityCommand(ActivityCommands.Reveal));
        await room.Board.WaitForViewAsync(room.ActivityId, v => Items(v) == 3, "the board to show what was not set aside");
        Assert.False(Received(room.Board, Secret(Written[2][0])));
    }

    [Fact]
    public async Task Phones_group_by_tapping_and_a_change_made_on_a_picture_someone_just_changed_is_refused_with_a_message()
    {
        await using var room = await OpenAsync(screen: false);
        await WriteAllAsync(room);
        await room.Console.InvokeAsync("SteerActivity", room.ActivityId, new ActivityCommand(ActivityCommands.Reveal));
        await room.Phones[0].WaitForViewAsync(room.ActivityId, v => Items(v) == 4, "Ana's phone to show the wall");
        var ids = room.Phones[0].View(room.ActivityId)!.Value.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("itemId").GetString()!).ToArray();

        var first = await room.Phones[0].InvokeAsync<JsonElement>("Submit", room.ActivityId, Guid.NewGuid().ToString(), new { move = new { entries = new[] { $"{ids[1]}@" }, with = $"{ids[0]}@" } });
        var stale = await room.Phones[1].InvokeAsync<JsonElement>("Submit", room.ActivityId, Guid.NewGuid().ToString(), new { move = new { entries = new[] { $"{ids[1]}@" }, with = $"{ids[2]}@" } });
        var malformed = await Assert.ThrowsAsync<HubException>(() => room.Phones[1].InvokeAsync<JsonElement>("Submit", room.ActivityId, Guid.NewGuid().ToString(), new { move = new { entries = "all", with = "new" } }));

        Assert.True(first.GetProperty("accepted").GetBoolean(), first.GetRawText());
        Assert.Matches("^Someone just moved “.+” — look again\\.$", stale.GetProperty("rejection").GetString());
        Assert.Contains("does not fit this activity", malformed.Message);
        await room.Board.WaitForViewAsync(room.ActivityId, v => v.GetProperty("groups").GetInt32() == 1 && Items(v) == 3, "the board to show the new group");
    }

    private Task<string> DownloadAsync(WorkshopStarted workshop, string format) => ResultsDownload.ReadAsync(fixture.Http, workshop, format);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_results_download_holds_the_shortlist_dots_and_entries_and_names_people_only_in_a_named_activity(bool anonymous)
    {
        await using var room = await OpenAsync(screen: false, anonymous);
        await WriteAllAsync(room);
        var steer = (string name, string? target, string? text) => room.Console.InvokeAsync("SteerActivity", room.ActivityId, new ActivityCommand(name, Target: target, Text: text));
        await steer(ActivityCommands.Reveal, null, null);
        await steer(IdeasCommands.Phase, null, "voting");
        await room.Console.WaitForViewAsync(room.ActivityId, v => v.GetProperty("phase").GetString() == "voting", "the vote to start");
        var items = room.Console.View(room.ActivityId)!.Value.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("entries")[0].GetProperty("text").GetString()!, i => i.GetProperty("itemId").GetString()!);
        var ben = items[Written[1][0]];
        for (var p = 0; p < 3; p++)
        {
            var voted = await room.Phones[p].InvokeAsync<JsonElement>("Submit", room.ActivityId, Guid.NewGuid().ToString(), new { dots = new Dictionary<string, int> { [ben] = 1 } });
            Assert.True(voted.GetProperty("accepted").GetBoolean(), voted.GetRawText());
        }

        await steer(IdeasCommands.Phase, null, "shortlist");
        await steer(IdeasCommands.Keep, ben, null);

        var csv = await DownloadAsync(room.Workshop, "csv");
        var json = await DownloadAsync(room.Workshop, "json");

        Assert.Contains($"Ideas,ideas,{(anonymous ? "yes" : "no")},Shortlist,1,{Written[1][0]},3,3\r\n", csv);
        Assert.Contains($"Ideas,ideas,{(anonymous ? "yes" : "no")},Dots,1,{Written[1][0]},3,3\r\n", csv);
        Assert.Contains($",Ideas,,{Written[2][0]},,\r\n", csv);
        var details = JsonDocument.Parse(json).RootElement.GetProperty("activities")[0].GetProperty("details");
        Assert.Equal("What should we start doing?", details.GetProperty("prompt").GetString());
        foreach (var name in Names.SelectMany(n => n.Split(' ')))
        {
            Assert.DoesNotContain(name, csv, StringComparison.Ordinal);
            Assert.Equal(!anonymous, json.Contains(name, StringComparison.Ordinal));
        }

        Assert.All(room.ParticipantIds, id => Assert.DoesNotContain(id, csv + json, StringComparison.Ordinal));
    }
}
