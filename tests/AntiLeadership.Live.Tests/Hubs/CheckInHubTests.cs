using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CheckIns;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// A check-in through the hub's fixed activity methods, read as the browsers read it: raw JSON, so the
/// test sees exactly the members (and the absence of members) a page gets.
/// </summary>
public sealed class CheckInHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private Uri Server => fixture.App.BaseAddress;

    private static string[] Words(JsonElement view) =>
        view.GetProperty("words").EnumerateArray().Select(w => $"{w.GetProperty("word").GetString()}:{w.GetProperty("people")}").ToArray();

    [Fact]
    public async Task A_check_in_travels_from_phones_to_the_board_as_counts_and_a_hidden_word_reaches_only_its_author()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        await using var board = await HubPage.OpenAsync(Server, workshop.SessionId, credential: null);
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), CheckInKind.Name,
            new { title = "Opening check-in", prompt = "One word for how you arrive", mode = "word", hideResultsUntilRevealed = false, anonymous = false });
        await facilitator.InvokeAsync<object>("ShowActivity", activityId);
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        var phones = new List<HubPage>();
        foreach (var name in new[] { "Ana", "Ben", "Cem" })
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            phones.Add(await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential));
        }

        var answers = new[]
        {
            await phones[0].SubmitAsync(activityId, new { word = "Tired" }),
            await phones[1].SubmitAsync(activityId, new { word = " tired " }),
            await phones[2].SubmitAsync(activityId, new { word = "curious" }),
        };

        Assert.All(answers, a => Assert.True(a.GetProperty("accepted").GetBoolean()));
        Assert.Equal("Tired", answers[0].GetProperty("contribution").GetProperty("word").GetString());
        await board.WaitForViewAsync(activityId, v => v.GetProperty("words").GetArrayLength() == 2, "the board to show both words");
        var seen = board.View(activityId)!.Value;
        Assert.Equal("check-in", seen.GetProperty("kind").GetString());
        Assert.Equal("word", seen.GetProperty("mode").GetString());
        Assert.Equal("One word for how you arrive", seen.GetProperty("prompt").GetString());
        Assert.Equal(["Tired:2", "curious:1"], Words(seen)); // two spellings, one each: the first in ordinal order shows
        Assert.DoesNotContain("Ana", seen.GetRawText());

        var key = seen.GetProperty("words")[0].GetProperty("key").GetString();
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(CheckInCommands.HideWord, Target: key));

        await board.WaitForViewAsync(activityId, v => Words(v).SequenceEqual(["curious:1"]), "the board to drop the hidden word");
        await Eventually.IsTrueAsync(() => phones[0].Contribution?.GetProperty("wordHidden").GetBoolean() == true, "Ana to be told her word is hidden");
        await facilitator.WaitForViewAsync(activityId, v => v.GetProperty("words").EnumerateArray().Any(w => w.GetProperty("hidden").GetBoolean()), "the console to keep the hidden word, marked");
        Assert.False((await phones[2].InvokeAsync<JsonElement>("GetContribution", activityId)).GetProperty("wordHidden").GetBoolean());
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_check_in_input_or_setup_of_the_wrong_shape_is_refused_with_a_clear_message_and_changes_nothing()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var badMode = await Assert.ThrowsAsync<HubException>(() => facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), CheckInKind.Name,
            new { title = "Check-in", prompt = "How are you?", mode = "emoji", hideResultsUntilRevealed = false }));
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), CheckInKind.Name,
            new { title = "Closing check-in", prompt = "How useful was today?", mode = "scale", hideResultsUntilRevealed = false });
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        await using var ana = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);

        var unknownMember = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { scale = 3, mood = "fine" }));
        var numberAsText = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { scale = "3" }));
        var outOfRange = await ana.SubmitAsync(activityId, new { scale = 9 });

        Assert.Contains("not in the shape", badMode.Message);
        Assert.Contains("does not fit this activity", unknownMember.Message);
        Assert.Contains("does not fit this activity", numberAsText.Message);
        Assert.Equal("Pick a number from 1 to 5.", outOfRange.GetProperty("rejection").GetString());
        var stored = (CheckInView)await fixture.App.Grains.GetGrain<ICheckInGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(0, stored.Stage.Contributors);
        Assert.Equal(CheckInMode.Scale, stored.Mode);
    }

    private Task<string> DownloadAsync(WorkshopStarted workshop, string format) => ResultsDownload.ReadAsync(fixture.Http, workshop, format);

    private async Task<(WorkshopStarted Workshop, string[] Secrets)> AnsweredScaleAsync(bool anonymous)
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), CheckInKind.Name,
            new { title = "Closing check-in", prompt = "How useful was today?", mode = "scale", hideResultsUntilRevealed = false, anonymous });
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        var secrets = new List<string>();
        foreach (var (name, scale, word) in new[] { ("Zelda Quist", 1, "drained"), ("Yannick Orr", 4, "useful"), ("Xavi Puig", 4, (string?)null), ("Wanda Ek", 4, "useful") })
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            await using var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
            var answer = await phone.SubmitAsync(activityId, word is null ? new { scale } : new { scale, word });
            Assert.True(answer.GetProperty("accepted").GetBoolean());
            secrets.AddRange([name.Split(' ')[0], name.Split(' ')[1], joined.ParticipantId]);
        }

        return (workshop, secrets.ToArray());
    }

    [Fact]
    public async Task An_anonymous_check_in_exports_bands_of_none_or_three_and_more_and_nothing_that_names_anyone()
    {
        var (workshop, secrets) = await AnsweredScaleAsync(anonymous: true);

        var csv = await DownloadAsync(workshop, "csv");
        var json = await DownloadAsync(workshop, "json");

        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        }

        // One person answered 1: never shown as such, not even as the total minus the other values.
        Assert.Equal(
            "Activity,Kind,Anonymous,Section,Rank,Item,Value,People\r\n" +
            "Closing check-in,check-in,yes,Scale,,1–4,4,4\r\n" +
            "Closing check-in,check-in,yes,Scale,,5,0,0\r\n" +
            "Closing check-in,check-in,yes,Words,,drained,,fewer than 3\r\n" +
            "Closing check-in,check-in,yes,Words,,useful,,fewer than 3\r\n", csv);
    }

    [Fact]
    public async Task A_named_check_in_exports_each_persons_answer()
    {
        var (workshop, _) = await AnsweredScaleAsync(anonymous: false);

        var csv = await DownloadAsync(workshop, "json");
        var details = JsonDocument.Parse(csv).RootElement.GetProperty("activities")[0].GetProperty("details");

        Assert.Equal(
            ["Wanda Ek:4:useful", "Xavi Puig:4:", "Yannick Orr:4:useful", "Zelda Quist:1:drained"],
            details.GetProperty("answers").EnumerateArray().Select(a => $"{a.GetProperty("name").GetString()}:{a.GetProperty("scale")}:{a.GetProperty("word").GetString()}"));
        Assert.Equal("How useful was today?", details.GetProperty("prompt").GetString());
    }
}
