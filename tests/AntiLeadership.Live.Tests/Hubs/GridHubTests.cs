using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Grid;
using AntiLeadership.Live.Grains.Activities;
using AntiLeadership.Live.Grains.Activities.Grid;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// A 2×2 through the hub's fixed activity methods, read as the browsers read it: raw JSON, so the test
/// sees exactly the members (and the absence of members) a page gets, and the results download.
/// </summary>
public sealed class GridHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private Uri Server => fixture.App.BaseAddress;

    private async Task<(WorkshopStarted Workshop, HubPage Facilitator, string ActivityId)> AddGridAsync(bool anonymous, bool hidden, params string[] items)
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), GridKind.Name,
            new { title = "Where to start", x = new { name = "Effort", low = "low", high = "high" }, y = new { name = "Impact", low = "low", high = "high" }, items, hideResultsUntilRevealed = hidden, anonymous });
        await facilitator.InvokeAsync<object>("ShowActivity", activityId);
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        return (workshop, facilitator, activityId);
    }

    private static string[] Positions(JsonElement view) =>
        view.GetProperty("positions").EnumerateArray()
            .Select(p => $"{p.GetProperty("itemId").GetString()}:{p.GetProperty("people").GetRawText()}:{p.GetProperty("x").GetRawText()},{p.GetProperty("y").GetRawText()}:{p.GetProperty("spread").GetRawText()}")
            .ToArray();

    [Fact]
    public async Task A_2x2_reaches_the_board_as_averages_only_after_the_reveal_and_an_item_two_placed_arrives_without_a_position()
    {
        var (workshop, facilitator, activityId) = await AddGridAsync(anonymous: true, hidden: true, "Fix the build", "Write notes");
        await using var _ = facilitator;
        await using var board = await HubPage.OpenAsync(Server, workshop.SessionId, credential: null);
        var placements = new[]
        {
            new { i1 = new { x = 10, y = 90 }, i2 = new { x = 70, y = 30 } },
            new { i1 = new { x = 20, y = 80 }, i2 = new { x = 90, y = 10 } },
        };
        var phones = new List<HubPage>();
        foreach (var (name, i) in new[] { ("Ana", 0), ("Ben", 1), ("Cem", 2) })
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
            phones.Add(phone);
            object input = i < 2 ? new { placements = placements[i] } : new { placements = new { i1 = new { x = 30, y = 70 } } };
            var answer = await phone.SubmitAsync(activityId, input);
            Assert.True(answer.GetProperty("accepted").GetBoolean());
        }

        await board.WaitForViewAsync(activityId, v => v.GetProperty("stage").GetProperty("contributors").GetInt32() == 3, "the board to count three");
        var hidden = board.View(activityId)!.Value;
        Assert.Equal("grid", hidden.GetProperty("kind").GetString());
        Assert.Equal("Impact", hidden.GetProperty("y").GetProperty("name").GetString());
        Assert.Equal(["i1:Fix the build", "i2:Write notes"], hidden.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("itemId").GetString()}:{i.GetProperty("text").GetString()}"));
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("positions").ValueKind);
        Assert.Equal(JsonValueKind.Null, phones[0].View(activityId)!.Value.GetProperty("positions").ValueKind);

        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Reveal));

        await board.WaitForViewAsync(activityId, v => v.GetProperty("positions").ValueKind == JsonValueKind.Array, "the board to get the positions");
        var shown = board.View(activityId)!.Value;
        Assert.Equal(["i1:3:20,80:12", "i2:null:null,null:null"], Positions(shown));
        Assert.True(shown.GetProperty("positions")[1].GetProperty("fewerThanThree").GetBoolean());
        foreach (var secret in new[] { "Ana", "Ben", "Cem", "70", "90" })
        {
            Assert.DoesNotContain(secret, shown.GetProperty("positions").GetRawText());
        }

        Assert.DoesNotContain("Ana", shown.GetRawText());
        var mine = await phones[0].InvokeAsync<JsonElement>("GetContribution", activityId);
        Assert.Equal("""{"i1":{"x":10,"y":90},"i2":{"x":70,"y":30}}""", mine.GetProperty("placements").GetRawText());
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_2x2_input_or_setup_of_the_wrong_shape_is_refused_with_a_clear_message_and_changes_nothing()
    {
        var (workshop, facilitator, activityId) = await AddGridAsync(anonymous: true, hidden: false, "Fix the build", "Write notes");
        await using var _ = facilitator;
        Task<string> AddAsync(object setup) => facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), GridKind.Name, setup);
        var effort = new { name = "Effort", low = "low", high = "high" };
        var impact = new { name = "Impact", low = "low", high = "high" };

        var noAxis = await Assert.ThrowsAsync<HubException>(() => AddAsync(new { title = "2×2", x = effort, items = new[] { "A", "B" }, hideResultsUntilRevealed = false }));
        var axisAsText = await Assert.ThrowsAsync<HubException>(() => AddAsync(new { title = "2×2", x = "Effort", y = "Impact", items = new[] { "A", "B" }, hideResultsUntilRevealed = false }));
        var oneItem = await Assert.ThrowsAsync<HubException>(() => AddAsync(new { title = "2×2", x = effort, y = impact, items = new[] { "A" }, hideResultsUntilRevealed = false }));
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        await using var ana = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);

        var unknownMember = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { placements = new { }, priority = 1 }));
        var numberAsText = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { placements = new { i1 = new { x = "10", y = 20 } } }));
        var missingY = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { placements = new { i1 = new { x = 10 } } }));
        var listForMap = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { placements = new[] { 10, 20 } }));
        var fraction = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { placements = new { i1 = new { x = 10.5, y = 20 } } }));
        var outOfRange = await ana.SubmitAsync(activityId, new { placements = new { i1 = new { x = 101, y = 20 } } });
        var unknownItem = await ana.SubmitAsync(activityId, new { placements = new { i9 = new { x = 10, y = 20 } } });
        var noPosition = await ana.SubmitAsync(activityId, new { placements = new Dictionary<string, object?> { ["i1"] = null } });

        Assert.All([noAxis, axisAsText], e => Assert.Contains("not in the shape", e.Message));
        Assert.EndsWith("List between 2 and 30 items to place, one per line.", oneItem.Message);
        Assert.All([unknownMember, numberAsText, missingY, listForMap, fraction], e => Assert.Contains("does not fit this activity", e.Message));
        Assert.Equal("A position runs from 0 to 100 on each axis.", outOfRange.GetProperty("rejection").GetString());
        Assert.Equal("That item is not part of this 2×2. Reload the page to see its items.", unknownItem.GetProperty("rejection").GetString());
        Assert.Equal("Each placed item needs a position on both axes.", noPosition.GetProperty("rejection").GetString());
        Assert.Equal("{}", noPosition.GetProperty("contribution").GetProperty("placements").GetRawText());
        var session = await fixture.App.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal([activityId], session.Activities.Select(a => a.ActivityId));
        var stored = (GridView)await fixture.App.Grains.GetGrain<IGridGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(0, stored.Stage.Contributors);
        Assert.All(stored.Positions!, p => Assert.Equal(0, p.People));
    }

    [Fact]
    public async Task The_largest_valid_2x2_written_in_japanese_fits_in_one_message_and_is_stored()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var axis = (string start) => new GridAxis(start + new string('軸', GridRules.MaxAxisTextLength - 1), new string('低', GridRules.MaxAxisTextLength), new string('高', GridRules.MaxAxisTextLength));
        var items = Enumerable.Range(0, GridRules.MaxItems).Select(i => $"{i:D2}" + new string('案', GridRules.MaxItemLength - 2)).ToArray();
        var setup = new GridSetup(new string('題', ActivityRules.MaxTitleLength), axis("横"), axis("縦"), items, false);

        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), GridKind.Name, setup);

        var stored = (GridView)await fixture.App.Grains.GetGrain<IGridGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(items, stored.Items.Select(i => i.Text));
        Assert.Equal((setup.X, setup.Y), (stored.X, stored.Y));
    }

    private Task<string> DownloadAsync(WorkshopStarted workshop, string format) => ResultsDownload.ReadAsync(fixture.Http, workshop, format);

    private async Task<(WorkshopStarted Workshop, string[] Secrets)> PlacedGridAsync(bool anonymous)
    {
        var (workshop, facilitator, activityId) = await AddGridAsync(anonymous, hidden: false, "Fix the build", "=HYPERLINK(\"x\")");
        await using var _ = facilitator;
        var secrets = new List<string>();
        foreach (var (name, placements) in new (string, object)[]
        {
            ("Zelda Quist", new { i1 = new { x = 10, y = 90 }, i2 = new { x = 77, y = 33 } }),
            ("Yannick Orr", new { i1 = new { x = 20, y = 80 } }),
            ("Xavi Puig", new { i1 = new { x = 30, y = 70 } }),
        })
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            await using var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
            Assert.True((await phone.SubmitAsync(activityId, new { placements })).GetProperty("accepted").GetBoolean());
            secrets.AddRange([name.Split(' ')[0], name.Split(' ')[1], joined.ParticipantId]);
        }

        return (workshop, secrets.ToArray());
    }

    [Fact]
    public async Task An_anonymous_2x2_exports_averages_and_spreads_only_for_items_three_or_more_placed_and_nothing_that_names_anyone()
    {
        var (workshop, secrets) = await PlacedGridAsync(anonymous: true);

        var csv = await DownloadAsync(workshop, "csv");
        var json = await DownloadAsync(workshop, "json");

        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        }

        // Nor where the one person put the second item (the activity's part: the file's time may hold any digits).
        var activity = JsonDocument.Parse(json).RootElement.GetProperty("activities")[0].GetRawText();
        Assert.DoesNotContain("77", activity);
        Assert.DoesNotContain("33", activity);

        // The second item, placed by one person, has no position; its text cannot become a formula.
        Assert.Equal(
            "Activity,Kind,Anonymous,Section,Rank,Item,Value,People\r\n" +
            "Where to start,grid,yes,\"Average on Effort (0 = low, 100 = high)\",,Fix the build,20,3\r\n" +
            "Where to start,grid,yes,\"Average on Impact (0 = low, 100 = high)\",,Fix the build,80,3\r\n" +
            "Where to start,grid,yes,\"Spread (distance from the average, 0–100)\",,Fix the build,12,3\r\n" +
            "Where to start,grid,yes,\"Average on Effort (0 = low, 100 = high)\",,\"'=HYPERLINK(\"\"x\"\")\",,fewer than 3\r\n" +
            "Where to start,grid,yes,\"Average on Impact (0 = low, 100 = high)\",,\"'=HYPERLINK(\"\"x\"\")\",,fewer than 3\r\n" +
            "Where to start,grid,yes,\"Spread (distance from the average, 0–100)\",,\"'=HYPERLINK(\"\"x\"\")\",,fewer than 3\r\n",
            csv);
        var details = JsonDocument.Parse(json).RootElement.GetProperty("activities")[0].GetProperty("details");
        Assert.Equal(JsonValueKind.Null, details.GetProperty("placements").ValueKind);
        Assert.Equal("Impact", details.GetProperty("y").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_named_2x2_exports_where_each_person_placed_each_item()
    {
        var (workshop, _) = await PlacedGridAsync(anonymous: false);

        var json = await DownloadAsync(workshop, "json");
        var csv = await DownloadAsync(workshop, "csv");

        var details = JsonDocument.Parse(json).RootElement.GetProperty("activities")[0].GetProperty("details");
        Assert.Equal(
            ["Xavi Puig: Fix the build 30,70", "Yannick Orr: Fix the build 20,80", "Zelda Quist: Fix the build 10,90; =HYPERLINK(\"x\") 77,33"],
            details.GetProperty("placements").EnumerateArray().Select(p =>
                $"{p.GetProperty("name").GetString()}: {string.Join("; ", p.GetProperty("placements").EnumerateArray().Select(i => $"{i.GetProperty("item").GetString()} {i.GetProperty("x")},{i.GetProperty("y")}"))}"));
        Assert.Contains("Where to start,grid,no,\"Average on Effort (0 = low, 100 = high)\",,\"'=HYPERLINK(\"\"x\"\")\",77,1\r\n", csv);
    }
}
