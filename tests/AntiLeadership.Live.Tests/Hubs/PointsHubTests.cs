using System.Text.Json;
using AntiLeadership.Live.Activities.Points;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// A 100-points vote through the hub's fixed activity methods, read as the browsers read it: raw JSON,
/// so the test sees exactly the members (and the absence of members) a page gets.
/// </summary>
public sealed class PointsHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private static readonly string[] Statements = ["We say what we really think", "Mistakes are for learning", "Everyone can lead"];

    private Uri Server => fixture.App.BaseAddress;

    private static Task<string> AddVoteAsync(HubPage facilitator, bool anonymous, int step = 10) =>
        facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), PointsKind.Name,
            new { title = "Culture priorities", statements = Statements, step, hideResultsUntilRevealed = false, anonymous });

    private static string[] Totals(JsonElement view) =>
        view.GetProperty("totals").EnumerateArray().Select(t => $"{t.GetProperty("statementId").GetString()}:{t.GetProperty("points")}").ToArray();

    [Fact]
    public async Task Points_travel_from_phones_to_the_board_as_totals_and_each_phone_reads_what_it_has_left()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        await using var board = await HubPage.OpenAsync(Server, workshop.SessionId, credential: null);
        var activityId = await AddVoteAsync(facilitator, anonymous: true);
        await facilitator.InvokeAsync<object>("ShowActivity", activityId);
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        var answers = new List<JsonElement>();
        foreach (var (name, points) in new[] { ("Ana", new { s1 = 50, s2 = 50 }), ("Ben", new { s1 = 30, s2 = 0 }), ("Cem", new { s1 = 70, s2 = 30 }) })
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            await using var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
            answers.Add(await phone.SubmitAsync(activityId, new { points }));
        }

        Assert.All(answers, a => Assert.True(a.GetProperty("accepted").GetBoolean()));
        Assert.Equal(70, answers[1].GetProperty("contribution").GetProperty("pointsLeft").GetInt32());
        Assert.Equal(["s1"], answers[1].GetProperty("contribution").GetProperty("points").EnumerateObject().Select(p => p.Name)); // a 0 is not kept
        await board.WaitForViewAsync(activityId, v => v.TryGetProperty("totals", out var t) && t.ValueKind == JsonValueKind.Array && Totals(v).SequenceEqual(["s1:150", "s2:80", "s3:0"]), "the board to show every statement's points");
        var seen = board.View(activityId)!.Value;
        Assert.Equal(("points", 100, 10), (seen.GetProperty("kind").GetString(), seen.GetProperty("budget").GetInt32(), seen.GetProperty("step").GetInt32()));
        var s2 = seen.GetProperty("totals")[1];
        Assert.Equal(JsonValueKind.Null, s2.GetProperty("people").ValueKind); // two people: not a number in an anonymous vote
        Assert.True(s2.GetProperty("fewerThanThree").GetBoolean());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("proposals").ValueKind);
        // Anonymous: steps of one or two are put together, said as the points they span.
        Assert.Equal(["0:0", "10:0", "20+:3"], seen.GetProperty("agreement")[0].GetProperty("buckets").EnumerateArray().Select(b => $"{b.GetProperty("label").GetString()}:{b.GetProperty("people")}"));
        Assert.DoesNotContain("Ana", seen.GetRawText());
    }

    [Fact]
    public async Task Points_of_the_wrong_shape_over_the_budget_or_off_the_step_are_refused_with_a_clear_message_and_change_nothing()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var oddStep = await Assert.ThrowsAsync<HubException>(() => AddVoteAsync(facilitator, anonymous: true, step: 7));
        var stepAsText = await Assert.ThrowsAsync<HubException>(() => facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), PointsKind.Name,
            new { title = "Culture priorities", statements = Statements, step = "10", hideResultsUntilRevealed = false }));
        var activityId = await AddVoteAsync(facilitator, anonymous: true);
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        await using var ana = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);

        var unknownMember = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { points = new { s1 = 10 }, bonus = 50 }));
        var numberAsText = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { points = new { s1 = "10" } }));
        var list = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { points = new[] { 10, 20 } }));
        var fraction = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { points = new { s1 = 10.5 } }));
        var over = await ana.SubmitAsync(activityId, new { points = new { s1 = 60, s2 = 50 } });
        var offStep = await ana.SubmitAsync(activityId, new { points = new { s1 = 25 } });
        var negative = await ana.SubmitAsync(activityId, new { points = new { s1 = -10 } });
        var unknown = await ana.SubmitAsync(activityId, new { points = new { s9 = 10 } });
        var proposal = await ana.SubmitAsync(activityId, new { propose = "We finish what we start" }); // read without points, refused by the vote

        Assert.EndsWith("HubException: Points go in steps of 5 or 10.", oddStep.Message);
        Assert.Contains("not in the shape", stepAsText.Message);
        Assert.All([unknownMember, numberAsText, list, fraction], e => Assert.Contains("does not fit this activity", e.Message));
        Assert.Equal("That is 110 points, and you have 100 to give: take some from another statement first.", over.GetProperty("rejection").GetString());
        Assert.Equal("Points go in steps of 10: 25 is not one of them.", offStep.GetProperty("rejection").GetString());
        Assert.Equal("Points cannot be negative.", negative.GetProperty("rejection").GetString());
        Assert.Equal("That statement is not part of this vote.", unknown.GetProperty("rejection").GetString());
        Assert.Equal("The facilitator is not taking proposals for this vote.", proposal.GetProperty("rejection").GetString());
        Assert.Equal(100, over.GetProperty("contribution").GetProperty("pointsLeft").GetInt32());
        var stored = (PointsView)await fixture.App.Grains.GetGrain<IPointsGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal((0, 0), (stored.Stage.Contributors, stored.PointsGiven!.Value));
        var session = await fixture.App.Grains.GetGrain<ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Single(session.Activities); // the refused setups added nothing
    }

    private Task<string> DownloadAsync(WorkshopStarted workshop, string format) => ResultsDownload.ReadAsync(fixture.Http, workshop, format);

    private async Task<(WorkshopStarted Workshop, string[] Secrets)> VotedAsync(bool anonymous)
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await AddVoteAsync(facilitator, anonymous);
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        var secrets = new List<string>();
        foreach (var (name, points) in new (string, object)[]
        {
            ("Zelda Quist", new { s1 = 50, s2 = 50 }),
            ("Yannick Orr", new { s1 = 60, s3 = 40 }),
            ("Xavi Puig", new { s1 = 50, s2 = 30, s3 = 20 }),
            ("Wanda Ek", new { s1 = 20, s2 = 80 }),
        })
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            await using var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
            Assert.True((await phone.SubmitAsync(activityId, new { points })).GetProperty("accepted").GetBoolean());
            secrets.AddRange([name.Split(' ')[0], name.Split(' ')[1], joined.ParticipantId]);
        }

        return (workshop, secrets.ToArray());
    }

    [Fact]
    public async Task An_anonymous_points_vote_exports_its_ranking_and_spread_and_nothing_that_names_anyone()
    {
        var (workshop, secrets) = await VotedAsync(anonymous: true);

        var csv = await DownloadAsync(workshop, "csv");
        var json = await DownloadAsync(workshop, "json");

        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        }

        var lines = csv.Split("\r\n");
        // Two people gave "Everyone can lead" points: the row says so in words, with no number. One gave
        // "Mistakes are for learning" none: how many gave it some would give that one away, so it is left out.
        Assert.Equal(
            [
                "Activity,Kind,Anonymous,Section,Rank,Item,Value,People",
                "Culture priorities,points,yes,Points,1,We say what we really think,180,4",
                "Culture priorities,points,yes,Points,2,Mistakes are for learning,160,",
                "Culture priorities,points,yes,Points,3,Everyone can lead,,fewer than 3",
            ],
            lines.Take(4));
        Assert.Equal(
            [
                "Culture priorities,points,yes,\"Spread (0 = one voice, 100 = two camps)\",1,Mistakes are for learning,82,4",
                "Culture priorities,points,yes,\"Spread (0 = one voice, 100 = two camps)\",2,Everyone can lead,66,4",
                "Culture priorities,points,yes,\"Spread (0 = one voice, 100 = two camps)\",3,We say what we really think,52,4",
            ],
            lines.Where(l => l.Contains("Spread", StringComparison.Ordinal)));
        Assert.Contains("Culture priorities,points,yes,Distribution: 0–100,,Everyone can lead,4,4", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Culture priorities,points,yes,Distribution", StringComparison.Ordinal) && (l.EndsWith(",1", StringComparison.Ordinal) || l.EndsWith(",2", StringComparison.Ordinal)));
        var details = JsonDocument.Parse(json).RootElement.GetProperty("activities")[0].GetProperty("details");
        Assert.Equal(JsonValueKind.Null, details.GetProperty("allocations").ValueKind);
    }

    [Fact]
    public async Task A_named_points_vote_exports_where_each_person_put_their_points()
    {
        var (workshop, _) = await VotedAsync(anonymous: false);

        var json = await DownloadAsync(workshop, "json");

        var details = JsonDocument.Parse(json).RootElement.GetProperty("activities")[0].GetProperty("details");
        Assert.Equal((100, 10, 400), (details.GetProperty("budget").GetInt32(), details.GetProperty("step").GetInt32(), details.GetProperty("pointsGiven").GetInt32()));
        Assert.Equal(
            ["Wanda Ek: We say what we really think 20, Mistakes are for learning 80", "Xavi Puig: We say what we really think 50, Mistakes are for learning 30, Everyone can lead 20", "Yannick Orr: We say what we really think 60, Everyone can lead 40", "Zelda Quist: We say what we really think 50, Mistakes are for learning 50"],
            details.GetProperty("allocations").EnumerateArray().Select(a =>
                $"{a.GetProperty("name").GetString()}: {string.Join(", ", a.GetProperty("points").EnumerateArray().Select(p => $"{p.GetProperty("statement").GetString()} {p.GetProperty("points")}"))}"));
    }
}
