using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Reviews;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// A reconvene review through the hub's fixed activity methods, read as raw JSON as the browsers read it:
/// the answers' shape on the way in, what the board gets, and the decision that reaches the team's plan.
/// </summary>
public sealed class ReviewHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private Uri Server => fixture.App.BaseAddress;

    private async Task<ITeamPlanGrain> PlanWithAsync(string teamId, params string[] whats)
    {
        var plan = fixture.App.Grains.GetGrain<ITeamPlanGrain>(teamId);
        for (var i = 0; i < whats.Length; i++)
        {
            var draft = new CommitmentDraft(whats[i], "", [], "", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));
            Assert.True((await plan.Commit($"c-{i + 1}", draft).WaitAsync(Eventually.DefaultTimeout)).Succeeded);
        }

        return plan;
    }

    [Fact]
    public async Task Answers_travel_from_phones_to_the_board_without_names_and_a_decision_reaches_the_plan()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var plan = await PlanWithAsync(workshop.TeamId, "Rotate the chair", "Pair on support");
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        await using var board = await HubPage.OpenAsync(Server, workshop.SessionId, credential: null);
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ReviewKind.Name,
            new { title = "Our plan, reviewed", commitmentIds = Array.Empty<string>(), hideResultsUntilRevealed = false, anonymous = true });
        await facilitator.InvokeAsync<object>("ShowActivity", activityId);
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        var phones = new List<HubPage>();
        foreach (var (name, choice) in new[] { ("Ana", "keep"), ("Ben", "keep"), ("Cem", "adapt") })
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
            phones.Add(phone);
            var answer = await phone.SubmitAsync(activityId, new { answers = new[] { new { commitmentId = "c-1", happened = $"{name} chaired", learned = (string?)null, choice, nowWhat = (string?)null } } });
            Assert.True(answer.GetProperty("accepted").GetBoolean());
            Assert.Equal(choice, answer.GetProperty("contribution").GetProperty("answers")[0].GetProperty("choice").GetString());
        }

        await board.WaitForViewAsync(activityId, v => v.GetProperty("answers").GetProperty("happened").GetArrayLength() == 3, "the board to show three answers");
        var seen = board.View(activityId)!.Value;
        Assert.Equal("review", seen.GetProperty("kind").GetString());
        Assert.Equal(["c-1", "c-2"], seen.GetProperty("commitments").EnumerateArray().Select(c => c.GetProperty("commitmentId").GetString()));
        Assert.Equal(["Ana chaired", "Ben chaired", "Cem chaired"], seen.GetProperty("answers").GetProperty("happened").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.All(seen.GetProperty("answers").GetProperty("happened").EnumerateArray(), t => Assert.Equal(JsonValueKind.Null, t.GetProperty("participantId").ValueKind));
        // Keep 2 and adapt 1 would show groups of one and two: banded together instead.
        Assert.Equal(["keep-adapt:3", "drop-drop:0"], seen.GetProperty("answers").GetProperty("tally").EnumerateArray()
            .Select(b => $"{b.GetProperty("from").GetString()}-{b.GetProperty("to").GetString()}:{b.GetProperty("people")}"));

        await facilitator.SteerAsync(activityId, ReviewCommands.Adapt, "c-1", "Rotate monthly, not weekly");

        await board.WaitForViewAsync(activityId, v => v.GetProperty("commitments")[0].GetProperty("outcome").ValueKind == JsonValueKind.Object, "the board to show the decision");
        Assert.Equal("adapt", board.View(activityId)!.Value.GetProperty("commitments")[0].GetProperty("outcome").GetProperty("decision").GetString());
        var commitment = (await plan.GetPlan().WaitAsync(Eventually.DefaultTimeout)).Commitments[0];
        Assert.Equal(CommitmentStatus.Trying, commitment.Status);
        Assert.Equal("Review “Our plan, reviewed”: adapt. Rotate monthly, not weekly. The room: keep or adapt 3.", Assert.Single(commitment.Notes).Text);
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public async Task Review_input_of_the_wrong_shape_is_refused_with_a_clear_message_and_a_refused_decision_is_shown_to_the_facilitator()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await PlanWithAsync(workshop.TeamId, "Rotate the chair");
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var notInPlan = await Assert.ThrowsAsync<HubException>(() => facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ReviewKind.Name,
            new { title = "Review", commitmentIds = new[] { "c-404" }, hideResultsUntilRevealed = false, anonymous = true }));
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ReviewKind.Name,
            new { title = "Review", commitmentIds = new[] { "c-1" }, hideResultsUntilRevealed = false, anonymous = false });
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        await using var ana = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);

        var badChoice = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { answers = new[] { new { commitmentId = "c-1", choice = "maybe" } } }));
        var unknownMember = await Assert.ThrowsAsync<HubException>(() => ana.SubmitAsync(activityId, new { answers = Array.Empty<object>(), mood = "fine" }));
        var otherCommitment = await ana.SubmitAsync(activityId, new { answers = new[] { new { commitmentId = "c-2", happened = "Hm" } } });
        var refusedDecision = await Assert.ThrowsAsync<HubException>(() => facilitator.SteerAsync(activityId, ReviewCommands.Keep, "c-2"));

        Assert.Contains("That commitment is not in the team's plan.", notInPlan.Message);
        Assert.Contains("does not fit this activity", badChoice.Message);
        Assert.Contains("does not fit this activity", unknownMember.Message);
        Assert.Equal("That commitment is not in this review.", otherCommitment.GetProperty("rejection").GetString());
        Assert.Contains("That commitment is not in this review.", refusedDecision.Message);
        var stored = (ReviewView)await fixture.App.Grains.GetGrain<IReviewGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(0, stored.Stage.Contributors);
        Assert.Null(stored.Commitments[0].Outcome);
    }

    [Fact]
    public async Task The_reconvene_template_brings_a_review_of_the_commitments_due()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var plan = await PlanWithAsync(workshop.TeamId, "Rotate the chair");
        var later = new CommitmentDraft("Share the budget", "", [], "", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60));
        Assert.True((await plan.Commit("c-later", later).WaitAsync(Eventually.DefaultTimeout)).Succeeded);
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);

        var added = await facilitator.InvokeAsync<string[]>("AddTemplate", Guid.NewGuid().ToString(), "reconvene");

        var session = await fixture.App.Grains.GetGrain<Sessions.ISessionGrain>(workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
        var review = Assert.Single(session.Activities, a => a.Kind == ReviewKind.Name);
        Assert.Contains(review.ActivityId, added);
        var view = (ReviewView)await fixture.App.Grains.GetGrain<IReviewGrain>(review.ActivityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(["c-1"], view.Commitments.Select(c => c.CommitmentId));
    }

    [Fact]
    public async Task The_results_download_lists_each_commitments_decision_and_tally()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await PlanWithAsync(workshop.TeamId, "Rotate the chair");
        await using var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ReviewKind.Name,
            new { title = "Review", commitmentIds = new[] { "c-1" }, hideResultsUntilRevealed = false, anonymous = true });
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        foreach (var name in new[] { "Zelda", "Yannick", "Xavi" })
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            await using var phone = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
            await phone.SubmitAsync(activityId, new { answers = new[] { new { commitmentId = "c-1", choice = "drop" } } });
        }

        await facilitator.SteerAsync(activityId, ReviewCommands.Drop, "c-1");
        var csv = await ResultsDownload.ReadAsync(fixture.Http, workshop, "csv");

        Assert.Equal(
            "Activity,Kind,Anonymous,Section,Rank,Item,Value,People\r\n" +
            "Review,review,yes,Decisions,1,Rotate the chair: drop,,\r\n" +
            "Review,review,yes,Now what,1,Rotate the chair: keep,0,0\r\n" +
            "Review,review,yes,Now what,1,Rotate the chair: adapt,0,0\r\n" +
            "Review,review,yes,Now what,1,Rotate the chair: drop,3,3\r\n", csv);
        foreach (var name in new[] { "Zelda", "Yannick", "Xavi" })
        {
            Assert.DoesNotContain(name, csv);
        }
    }
}
