using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.ScaleVotes;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// An agreement scale through the hub's fixed activity methods, read as the browsers read it: raw JSON,
/// so the test sees exactly the members (and the absence of members) a page gets.
/// </summary>
public sealed class ScaleVoteHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private static readonly string[] Statements = ["We say what we really think", "Mistakes are for learning"];

    private Uri Server => fixture.App.BaseAddress;

    private static async Task<string> AddAndOpenAsync(HubPage facilitator, bool anonymous, bool hidden = false)
    {
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ScaleVoteKind.Name,
            new { title = "Culture priorities", statements = Statements, hideResultsUntilRevealed = hidden, anonymous });
        await facilitator.InvokeAsync<object>("ShowActivity", activityId);
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        return activityId;
    }

    private static string[] Distribution(JsonElement view, int statement) =>
        view.GetProperty("agreement")[statement].GetProperty("buckets").EnumerateArray()
            .Select(b => $"{b.GetProperty("label").GetString()}:{(b.GetProperty("fewerThanThree").GetBoolean() ? "<3" : b.GetProperty("people").ToString())}")
            .ToArray();

    [Fact]
    public async Task Answers_travel_from_phones_to_the_board_as_a_distribution_per_statement_and_hidden_results_stay_on_the_server()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        await using var board = await HubPage.OpenAsync(Server, workshop.SessionId, credential: null);
        var activityId = await AddAndOpenAsync(facilitator, anonymous: true, hidden: true);
        var answers = new[] { (1, 4), (5, 4), (5, 4), (5, 2) };
        var names = new List<string>();
        foreach (var (i, (first, second)) in answers.Index())
        {
            var name = $"Person{i}";
            names.Add(name);
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            await using var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
            var receipt = await phone.SubmitAsync(activityId, new { answers = new Dictionary<string, int> { ["s1"] = first, ["s2"] = second } });
            Assert.True(receipt.GetProperty("accepted").GetBoolean());
            Assert.Equal(first, receipt.GetProperty("contribution").GetProperty("answers").GetProperty("s1").GetInt32());
        }

        await board.WaitForViewAsync(activityId, v => v.GetProperty("stage").GetProperty("contributors").GetInt32() == 4, "the board to count four who answered");
        var hidden = board.View(activityId)!.Value;
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("results").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("agreement").ValueKind);
        Assert.Equal(Statements, hidden.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("text").GetString()));

        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Reveal));

        await board.WaitForViewAsync(activityId, v => v.GetProperty("agreement").ValueKind == JsonValueKind.Array, "the board to get the results once revealed");
        var seen = board.View(activityId)!.Value;
        Assert.Equal("scale", seen.GetProperty("kind").GetString());
        // Anonymous: neighbouring answers banded so that no step tells one or two people.
        Assert.Equal(["Strongly disagree – Strongly agree:4"], Distribution(seen, 0));
        Assert.Equal(["Strongly disagree:0", "Disagree – Agree:4", "Strongly agree:0"], Distribution(seen, 1));
        Assert.Equal(4, seen.GetProperty("results")[0].GetProperty("answered").GetInt32());
        Assert.Equal(4.0, seen.GetProperty("results")[0].GetProperty("average").GetDouble());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("proposals").ValueKind);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("stage").GetProperty("contributorIds").ValueKind);
        Assert.All(names, name => Assert.DoesNotContain(name, seen.GetRawText()));
    }

    [Fact]
    public async Task Answers_of_the_wrong_shape_or_out_of_range_are_refused_with_a_clear_message_and_change_nothing()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var noStatements = await Assert.ThrowsAsync<HubException>(() => facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ScaleVoteKind.Name,
            new { title = "Culture priorities", statements = "We say what we think", hideResultsUntilRevealed = false }));
        var activityId = await AddAndOpenAsync(facilitator, anonymous: false);
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        await using var ana = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
        Assert.True((await ana.SubmitAsync(activityId, new { answers = new { s1 = 2 } })).GetProperty("accepted").GetBoolean());

        var unknownMember = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { answers = new { s1 = 3 }, mood = "fine" }));
        var answerAsText = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { answers = new { s1 = "3" } }));
        var halfAnswer = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { answers = new { s1 = 3.5 } }));
        var list = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { answers = new[] { 3, 4 } }));
        var tooHigh = await ana.SubmitAsync(activityId, new { answers = new { s1 = 4, s2 = 6 } });
        var zero = await ana.SubmitAsync(activityId, new { answers = new { s1 = 0 } });
        var unknownStatement = await ana.SubmitAsync(activityId, new { answers = new { s1 = 4, s7 = 4 } });
        var nothing = await ana.SubmitAsync(activityId, new { });

        Assert.Contains("not in the shape", noStatements.Message);
        Assert.All([unknownMember, answerAsText, halfAnswer, list], e => Assert.Contains("does not fit this activity", e.Message));
        const string range = "Answer each statement from 1 (strongly disagree) to 5 (strongly agree), or leave it out to skip it.";
        Assert.Equal(range, tooHigh.GetProperty("rejection").GetString());
        Assert.Equal(range, zero.GetProperty("rejection").GetString());
        Assert.Equal("That statement is not part of this vote.", unknownStatement.GetProperty("rejection").GetString());
        Assert.Equal("This input has no answers in it.", nothing.GetProperty("rejection").GetString());
        Assert.Equal(2, zero.GetProperty("contribution").GetProperty("answers").GetProperty("s1").GetInt32());
        var stored = (ScaleVoteView)await fixture.App.Grains.GetGrain<IScaleVoteGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal([new StatementAnswers("s1", 1, 2.0), new StatementAnswers("s2", 0, null)], stored.Results);
        Assert.Equal(1, stored.Stage.Contributors);
    }

    private Task<string> DownloadAsync(WorkshopStarted workshop, string format) => ResultsDownload.ReadAsync(fixture.Http, workshop, format);

    private async Task<(WorkshopStarted Workshop, string[] Secrets)> AnsweredAsync(bool anonymous)
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await AddAndOpenAsync(facilitator, anonymous);
        var secrets = new List<string>();
        // Xavi skips the second statement.
        foreach (var (name, answers) in new (string, object)[]
        {
            ("Zelda Quist", new { s1 = 1, s2 = 4 }),
            ("Yannick Orr", new { s1 = 4, s2 = 4 }),
            ("Xavi Puig", new { s1 = 4 }),
            ("Wanda Ek", new { s1 = 4, s2 = 5 }),
        })
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            await using var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
            Assert.True((await phone.SubmitAsync(activityId, new { answers })).GetProperty("accepted").GetBoolean());
            secrets.AddRange([name.Split(' ')[0], name.Split(' ')[1], joined.ParticipantId]);
        }

        return (workshop, secrets.ToArray());
    }

    [Fact]
    public async Task An_anonymous_scale_exports_averages_spreads_and_banded_distributions_with_no_step_of_one_or_two_and_nothing_that_names_anyone()
    {
        var (workshop, secrets) = await AnsweredAsync(anonymous: true);

        var csv = await DownloadAsync(workshop, "csv");
        var json = await DownloadAsync(workshop, "json");

        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        }

        const string average = "\"Average answer (0 = strongly disagree, 50 = neither, 100 = strongly agree)\"";
        const string spread = "\"Spread (0 = one voice, 100 = two camps)\"";
        const string s1 = "We say what we really think";
        const string s2 = "Mistakes are for learning";
        Assert.Equal(
            "Activity,Kind,Anonymous,Section,Rank,Item,Value,People\r\n" +
            $"Culture priorities,scale,yes,{average},1,{s2},83,3\r\n" +
            $"Culture priorities,scale,yes,{average},2,{s1},56,4\r\n" +
            $"Culture priorities,scale,yes,{spread},1,{s1},65,4\r\n" +
            $"Culture priorities,scale,yes,{spread},2,{s2},24,3\r\n" +
            $"Culture priorities,scale,yes,Distribution: Strongly disagree – Agree,,{s1},4,4\r\n" +
            $"Culture priorities,scale,yes,Distribution: Strongly agree,,{s1},0,0\r\n" +
            $"Culture priorities,scale,yes,Distribution: Strongly disagree,,{s2},0,0\r\n" +
            $"Culture priorities,scale,yes,Distribution: Disagree,,{s2},0,0\r\n" +
            $"Culture priorities,scale,yes,Distribution: Neither,,{s2},0,0\r\n" +
            $"Culture priorities,scale,yes,Distribution: Agree – Strongly agree,,{s2},3,3\r\n", csv);
        var details = JsonDocument.Parse(json).RootElement.GetProperty("activities")[0].GetProperty("details");
        Assert.Equal(JsonValueKind.Null, details.GetProperty("ballots").ValueKind);
        Assert.Equal(3.25, details.GetProperty("averages")[0].GetProperty("average").GetDouble());
    }

    [Fact]
    public async Task A_named_scale_exports_each_persons_answers()
    {
        var (workshop, _) = await AnsweredAsync(anonymous: false);

        var json = await DownloadAsync(workshop, "json");
        var details = JsonDocument.Parse(json).RootElement.GetProperty("activities")[0].GetProperty("details");

        Assert.Equal(
            ["Wanda Ek: 4 Agree, 5 Strongly agree", "Xavi Puig: 4 Agree", "Yannick Orr: 4 Agree, 4 Agree", "Zelda Quist: 1 Strongly disagree, 4 Agree"],
            details.GetProperty("ballots").EnumerateArray().Select(b =>
                $"{b.GetProperty("name").GetString()}: {string.Join(", ", b.GetProperty("answers").EnumerateArray().Select(a => $"{a.GetProperty("answer")} {a.GetProperty("label").GetString()}"))}"));
        Assert.Equal("We say what we really think", details.GetProperty("ballots")[1].GetProperty("answers")[0].GetProperty("statement").GetString());
    }
}
