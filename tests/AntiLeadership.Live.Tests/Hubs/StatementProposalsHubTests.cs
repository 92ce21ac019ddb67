using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Activities.Statements;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>
/// A proposed statement through the real hub, as the phones send it (<c>{ propose }</c>, nothing else) and
/// as the pages read it back: raw JSON, so the test sees exactly what each page gets.
/// </summary>
public sealed class StatementProposalsHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private Uri Server => fixture.App.BaseAddress;

    private static string[] Texts(JsonElement view) =>
        view.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToArray();

    private async Task<(WorkshopStarted Workshop, HubPage Facilitator, string ActivityId)> OpenVoteAsync(bool allowProposals)
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var facilitator = await HubPage.OpenAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), CulturePrioritiesKind.Name, new
        {
            title = "Culture priorities",
            statements = new[] { "We say what we really think", "Mistakes are for learning" },
            dotsPerParticipant = 3,
            maxDotsPerStatement = 2,
            hideResultsUntilRevealed = true,
            anonymous = true,
            allowProposals,
        });
        await facilitator.InvokeAsync<object>("ShowActivity", activityId);
        await facilitator.SteerAsync(activityId, ActivityCommands.Open);
        return (workshop, facilitator, activityId);
    }

    [Fact]
    public async Task A_proposal_sent_alone_waits_for_the_facilitator_and_once_accepted_as_edited_is_on_every_ballot_and_its_author_is_told()
    {
        var (workshop, facilitator, activityId) = await OpenVoteAsync(allowProposals: true);
        await using var _ = facilitator;
        await using var board = await HubPage.OpenAsync(Server, workshop.SessionId, credential: null);
        var joinedAna = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        var joinedBen = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ben");
        await using var ana = await HubPage.OpenAsync(Server, joinedAna.SessionId, joinedAna.Credential);
        await using var ben = await HubPage.OpenAsync(Server, joinedBen.SessionId, joinedBen.Credential);
        await ana.WaitForViewAsync(activityId, v => v.GetProperty("allowProposals").GetBoolean(), "Ana's phone to learn proposals are welcome");

        var proposed = await ana.SubmitAsync(activityId, new { propose = "  We pair on <b>hard</b> problems " });

        Assert.True(proposed.GetProperty("accepted").GetBoolean());
        var own = Assert.Single(proposed.GetProperty("contribution").GetProperty("proposals").EnumerateArray().ToArray());
        Assert.Equal("We pair on <b>hard</b> problems", own.GetProperty("text").GetString());
        Assert.Equal("waiting", own.GetProperty("status").GetString());
        await facilitator.WaitForViewAsync(activityId, v => v.GetProperty("proposals").GetArrayLength() == 1, "the console to see the proposal");
        var waiting = facilitator.View(activityId)!.Value.GetProperty("proposals")[0];
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("authorId").ValueKind); // anonymous: no author, not even for the facilitator

        await facilitator.SteerAsync(activityId, StatementCommands.AcceptProposal, waiting.GetProperty("proposalId").GetString(), "We pair on hard problems");

        string[] ballot = ["We say what we really think", "Mistakes are for learning", "We pair on hard problems"];
        await ben.WaitForViewAsync(activityId, v => Texts(v).SequenceEqual(ballot), "Ben's phone to get the new statement");
        await board.WaitForViewAsync(activityId, v => Texts(v).SequenceEqual(ballot), "the board to get the new statement");
        await Eventually.IsTrueAsync(() => ana.Contribution?.GetProperty("proposals")[0].GetProperty("status").GetString() == "accepted", "Ana to be told her proposal is on the ballot");
        Assert.Equal("We pair on hard problems", ana.Contribution!.Value.GetProperty("proposals")[0].GetProperty("statement").GetString());
        var statementId = ben.View(activityId)!.Value.GetProperty("statements")[2].GetProperty("statementId").GetString()!;
        var voted = await ben.SubmitAsync(activityId, new { dots = new Dictionary<string, int> { [statementId] = 2 } });
        Assert.True(voted.GetProperty("accepted").GetBoolean());
        // The room never saw the proposal before it was on the ballot, nor the waiting queue at all.
        Assert.DoesNotContain("<b>hard</b>", board.Seen);
        Assert.DoesNotContain("<b>hard</b>", ben.Seen);
        Assert.DoesNotContain("\"proposals\":[{", board.Seen);
    }

    [Fact]
    public async Task A_proposal_beside_a_ballot_leaves_the_ballot_as_it_was_and_counts_nobody_as_having_voted()
    {
        var (workshop, facilitator, activityId) = await OpenVoteAsync(allowProposals: true);
        await using var _ = facilitator;
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        await using var ana = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);
        Assert.True((await ana.SubmitAsync(activityId, new { dots = new Dictionary<string, int> { ["s1"] = 2 } })).GetProperty("accepted").GetBoolean());

        var proposed = await ana.SubmitAsync(activityId, new { propose = "We finish what we start" });

        Assert.True(proposed.GetProperty("accepted").GetBoolean());
        Assert.Equal(2, proposed.GetProperty("contribution").GetProperty("dots").GetProperty("s1").GetInt32());
        var view = (CulturePrioritiesView)await fixture.App.Grains.GetGrain<ICulturePrioritiesGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(2, view.DotsPlaced);
        Assert.Equal(1, view.Stage.Contributors);

        // Neither a ballot nor a proposal: refused in words, the ballot as it was.
        var empty = await ana.SubmitAsync(activityId, new { });
        Assert.Equal("This vote has no dots in it.", empty.GetProperty("rejection").GetString());
        Assert.Equal(2, empty.GetProperty("contribution").GetProperty("dots").GetProperty("s1").GetInt32());
    }

    [Fact]
    public async Task A_proposal_while_the_facilitator_takes_none_is_refused_in_words_and_reaches_nobody()
    {
        var (workshop, facilitator, activityId) = await OpenVoteAsync(allowProposals: false);
        await using var _ = facilitator;
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");
        await using var ana = await HubPage.OpenAsync(Server, joined.SessionId, joined.Credential);

        var refused = await ana.SubmitAsync(activityId, new { propose = "We finish what we start" });

        Assert.False(refused.GetProperty("accepted").GetBoolean());
        Assert.Equal("The facilitator is not taking proposals for this vote.", refused.GetProperty("rejection").GetString());
        var view = (CulturePrioritiesView)await fixture.App.Grains.GetGrain<ICulturePrioritiesGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Empty(view.Proposals!);

        // Once the facilitator takes proposals, the same words go through.
        await facilitator.SteerAsync(activityId, StatementCommands.Proposals, text: "on");
        await ana.WaitForViewAsync(activityId, v => v.GetProperty("allowProposals").GetBoolean(), "Ana's phone to learn proposals are welcome now");
        Assert.True((await ana.SubmitAsync(activityId, new { propose = "We finish what we start" })).GetProperty("accepted").GetBoolean());
    }
}
