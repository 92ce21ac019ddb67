using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Rankings;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// A ranking through the hub's fixed activity methods, read as the browsers read it: raw JSON, so the
/// test sees exactly the members (and the absence of members) a page gets.
/// </summary>
public sealed class RankingHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private static readonly string[] Statements = ["We say what we really think", "Mistakes are for learning", "Everyone can lead", "We decide together"];

    private Uri Server => fixture.App.BaseAddress;

    private static async Task<string> AddRankingAsync(HubPage facilitator, bool anonymous, bool hidden = false)
    {
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), RankingKind.Name,
            new { title = "What matters most", statements = Statements, hideResultsUntilRevealed = hidden, anonymous });
        await facilitator.InvokeAsync<object>("ShowActivity", activityId);
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        return activityId;
    }

    private static string[] TeamOrder(JsonElement view) =>
        view.GetProperty("scores").EnumerateArray()
            .Select(s => $"{s.GetProperty("rank")}:{s.GetProperty("statementId").GetString()}:{s.GetProperty("points")}")
            .ToArray();

    [Fact]
    public async Task An_order_of_the_wrong_shape_naming_a_statement_twice_or_one_not_on_the_ballot_is_refused_clearly_and_changes_nothing()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var tooFew = await Assert.ThrowsAsync<HubException>(() => facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), RankingKind.Name,
            new { title = "Ranking", statements = "We decide together", hideResultsUntilRevealed = false }));
        var activityId = await AddRankingAsync(facilitator, anonymous: true);
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        await using var ana = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);

        var textForList = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { order = "s1,s2" }));
        var numbers = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { order = new[] { 1, 2 } }));
        var unknownMember = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { order = new[] { "s1" }, dots = 3 }));
        var twice = await ana.SubmitAsync(activityId, new { order = new[] { "s2", "s1", "s2" } });
        var unknown = await ana.SubmitAsync(activityId, new { order = new[] { "s1", "s7" } });
        var none = await ana.SubmitAsync(activityId, new { });

        Assert.Contains("not in the shape", tooFew.Message);
        Assert.All([textForList, numbers, unknownMember], e => Assert.Contains("does not fit this activity", e.Message));
        Assert.Equal("Each statement can have only one place in your order.", twice.GetProperty("rejection").GetString());
        Assert.Equal("That statement is not part of this vote.", unknown.GetProperty("rejection").GetString());
        Assert.Equal("This ranking has no order in it.", none.GetProperty("rejection").GetString());
        Assert.Equal(0, twice.GetProperty("contribution").GetProperty("order").GetArrayLength());
        var stored = (RankingView)await fixture.App.Grains.GetGrain<IRankingGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(0, stored.Stage.Contributors);
        Assert.All(stored.Scores!, s => Assert.Equal(0, s.Points));
    }

    [Fact]
    public async Task Orders_travel_from_phones_to_the_board_as_the_teams_order_which_stays_off_the_board_until_revealed()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        await using var board = await HubPage.OpenAsync(Server, workshop.SessionId, credential: null);
        var activityId = await AddRankingAsync(facilitator, anonymous: true, hidden: true);
        var orders = new[] { new[] { "s3", "s1", "s2", "s4" }, ["s3", "s2", "s1", "s4"], ["s1", "s3", "s4", "s2"] };
        var names = new[] { "Ana", "Ben", "Cem" };
        for (var i = 0; i < names.Length; i++)
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, names[i]);
            await using var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
            var receipt = await phone.SubmitAsync(activityId, new { order = orders[i] });
            Assert.True(receipt.GetProperty("accepted").GetBoolean(), receipt.GetRawText());
            Assert.Equal(orders[i], receipt.GetProperty("contribution").GetProperty("order").EnumerateArray().Select(s => s.GetString()));
        }

        await board.WaitForViewAsync(activityId, v => v.GetProperty("stage").GetProperty("contributors").GetInt32() == 3, "the board to count three rankings");
        var hidden = board.View(activityId)!.Value;
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("scores").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("agreement").ValueKind);
        Assert.Equal(4, hidden.GetProperty("statements").GetArrayLength());
        await facilitator.WaitForViewAsync(activityId, v => TeamOrder(v).Length == 4 && v.GetProperty("stage").GetProperty("contributors").GetInt32() == 3, "the console to see the order as it forms");

        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Reveal));

        await board.WaitForViewAsync(activityId, v => v.GetProperty("scores").ValueKind == JsonValueKind.Array, "the board to get the team's order");
        var seen = board.View(activityId)!.Value;
        Assert.Equal("ranking", seen.GetProperty("kind").GetString());
        // s3: 3+3+2 = 8; s1: 2+1+3 = 6; s2: 1+2+0 = 3; s4: 0+0+1 = 1.
        Assert.Equal(["1:s3:8", "2:s1:6", "3:s2:3", "4:s4:1"], TeamOrder(seen));
        var s3 = seen.GetProperty("agreement").EnumerateArray().Single(a => a.GetProperty("statementId").GetString() == "s3");
        // Two put it first, one second: anonymous, so those two steps are one band of three.
        Assert.Equal(["bottom third (place 4)", "middle third (places 2–3) – top third (place 1)"], s3.GetProperty("buckets").EnumerateArray().Select(b => b.GetProperty("label").GetString()));
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("proposals").ValueKind);
        foreach (var name in names)
        {
            Assert.DoesNotContain(name, seen.GetRawText());
        }
    }

    private Task<string> DownloadAsync(WorkshopStarted workshop, string format) => ResultsDownload.ReadAsync(fixture.Http, workshop, format);

    /// <summary>Four people rank; Wanda only places "We decide together", so it has the one statement only she ranked last.</summary>
    private async Task<(WorkshopStarted Workshop, string[] Secrets)> RankedRoomAsync(bool anonymous)
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await AddRankingAsync(facilitator, anonymous);
        var secrets = new List<string>();
        foreach (var (name, order) in new[]
        {
            ("Zelda Quist", new[] { "s1", "s2", "s3" }),
            ("Yannick Orr", new[] { "s1", "s3", "s2" }),
            ("Xavi Puig", new[] { "s2", "s1", "s3" }),
            ("Wanda Ek", new[] { "s4" }),
        })
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            await using var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
            Assert.True((await phone.SubmitAsync(activityId, new { order })).GetProperty("accepted").GetBoolean());
            secrets.AddRange([name.Split(' ')[0], name.Split(' ')[1], joined.ParticipantId]);
        }

        return (workshop, secrets.ToArray());
    }

    [Fact]
    public async Task An_anonymous_ranking_exports_points_and_thirds_with_no_group_under_three_and_nothing_that_names_anyone()
    {
        var (workshop, secrets) = await RankedRoomAsync(anonymous: true);

        var csv = await DownloadAsync(workshop, "csv");
        var json = await DownloadAsync(workshop, "json");

        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        }

        // s1: 3+3+2 = 8 (places 1,1,2); s2: 2+1+3 = 6; s3: 1+2+1 = 4; s4: Wanda's alone, so no number.
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "What matters most,ranking,yes,\"Points (first place 3, last 0)\",1,We say what we really think,8,3",
            "What matters most,ranking,yes,\"Points (first place 3, last 0)\",2,Mistakes are for learning,6,3",
            "What matters most,ranking,yes,\"Points (first place 3, last 0)\",3,Everyone can lead,4,3",
            "What matters most,ranking,yes,\"Points (first place 3, last 0)\",,We decide together,,fewer than 3",
        ], lines[1..5]);
        Assert.Contains("What matters most,ranking,yes,Distribution: middle third (places 2–3) – top third (place 1),,We say what we really think,3,3", lines);
        Assert.Contains("What matters most,ranking,yes,Distribution: middle third (places 2–3),,Everyone can lead,3,3", lines);
        Assert.DoesNotContain(lines, l => l.Contains("We decide together") && !l.EndsWith("fewer than 3") && !l.EndsWith(",0,0"));
        var details = JsonDocument.Parse(json).RootElement.GetProperty("activities")[0].GetProperty("details");
        Assert.Equal(JsonValueKind.Null, details.GetProperty("orders").ValueKind);
        Assert.Equal(1.33, details.GetProperty("ranking")[0].GetProperty("averageRank").GetDouble());
    }

    [Fact]
    public async Task A_named_ranking_exports_each_persons_order()
    {
        var (workshop, _) = await RankedRoomAsync(anonymous: false);

        var json = await DownloadAsync(workshop, "json");

        var details = JsonDocument.Parse(json).RootElement.GetProperty("activities")[0].GetProperty("details");
        Assert.Equal(
            ["Wanda Ek: We decide together", "Xavi Puig: Mistakes are for learning > We say what we really think > Everyone can lead",
             "Yannick Orr: We say what we really think > Everyone can lead > Mistakes are for learning", "Zelda Quist: We say what we really think > Mistakes are for learning > Everyone can lead"],
            details.GetProperty("orders").EnumerateArray().Select(o => $"{o.GetProperty("name").GetString()}: {string.Join(" > ", o.GetProperty("order").EnumerateArray().Select(s => s.GetString()))}"));
        Assert.Equal(4, details.GetProperty("rankers").GetInt32());
        // Named: the statement only Wanda ranked shows its numbers (her first place of four is worth 3).
        Assert.Equal(3, details.GetProperty("ranking").EnumerateArray().Single(r => r.GetProperty("statement").GetString() == "We decide together").GetProperty("points").GetInt32());
    }
}
