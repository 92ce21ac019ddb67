using AntiLeadership.Live.Programme;
using Orleans.Core.Internal;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>The team's living plan: commitments made once, changed on what was seen, and a dated log across months.</summary>
public sealed class TeamPlanGrainTests(MovableClockFixture fixture) : IClassFixture<MovableClockFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static readonly CommitmentDraft Rotation = new(
        "Rotate who chairs the weekly meeting", "So leading is something we all do", ["p-ana", "p-ben"], "Ana chairs next Monday", new DateOnly(2027, 3, 1), "act-triz", "e-1");

    private ITeamPlanGrain NewPlan() => fixture.Grains.GetGrain<ITeamPlanGrain>("team-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_commitment_made_twice_under_one_id_is_kept_once_and_another_draft_under_that_id_is_refused()
    {
        var plan = NewPlan();

        var first = await plan.Commit("c-1", Rotation).WaitAsync(Timeout);
        var again = await plan.Commit("c-1", Rotation with { What = "  Rotate who chairs the weekly meeting " }).WaitAsync(Timeout);
        var other = await plan.Commit("c-1", Rotation with { What = "Something else" }).WaitAsync(Timeout);
        var stored = await plan.GetPlan().WaitAsync(Timeout);

        Assert.True(first.Succeeded && again.Succeeded);
        Assert.Equal("A commitment with this id already exists.", other.Rejection);
        var commitment = Assert.Single(stored.Commitments);
        Assert.Equal(CommitmentStatus.Planned, commitment.Status);
        Assert.Equal(["p-ana", "p-ben"], commitment.Draft.Owners);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task A_change_made_on_an_older_revision_is_refused_and_changes_nothing()
    {
        var plan = NewPlan();
        await plan.Commit("c-1", Rotation).WaitAsync(Timeout);

        var sam = await plan.Revise("c-1", Rotation with { FirstStep = "Sam chairs next Monday" }, seenRevision: 1).WaitAsync(Timeout);
        var ana = await plan.Revise("c-1", Rotation with { FirstStep = "Ben chairs next Monday" }, seenRevision: 1).WaitAsync(Timeout);
        var commitment = (await plan.GetPlan().WaitAsync(Timeout)).Commitments[0];

        Assert.True(sam.Succeeded);
        Assert.Equal("Someone changed this commitment a moment ago. Look at it again, then make your change.", ana.Rejection);
        Assert.Equal("Sam chairs next Monday", commitment.Draft.FirstStep);
        Assert.Equal(2, commitment.Revision);
    }

    [Fact]
    public async Task Notes_and_status_changes_are_logged_with_their_dates_across_months_and_kept_after_a_reactivation()
    {
        var plan = NewPlan();
        var start = fixture.Clock.GetUtcNow();
        await plan.Commit("c-1", Rotation).WaitAsync(Timeout);
        await plan.Note("c-1", null, CommitmentStatus.Trying, "Facilitator").WaitAsync(Timeout);
        fixture.Clock.Advance(TimeSpan.FromDays(30));
        await plan.Note("c-1", "Three of us have chaired so far", null, "Ana").WaitAsync(Timeout);
        fixture.Clock.Advance(TimeSpan.FromDays(60));
        await plan.Note("c-1", "It stuck: everyone has chaired", CommitmentStatus.Done, "Ben").WaitAsync(Timeout);
        var sameStatus = await plan.Note("c-1", null, CommitmentStatus.Done, "Ben").WaitAsync(Timeout);

        await plan.Cast<IGrainManagementExtension>().DeactivateOnIdle().AsTask().WaitAsync(Timeout);
        var commitment = (await plan.GetPlan().WaitAsync(Timeout)).Commitments[0];

        Assert.Equal("The commitment already has that status.", sameStatus.Rejection);
        Assert.Equal(CommitmentStatus.Done, commitment.Status);
        Assert.Equal(
            [(start, "Facilitator", null, CommitmentStatus.Trying), (start.AddDays(30), "Ana", "Three of us have chaired so far", null), (start.AddDays(90), "Ben", "It stuck: everyone has chaired", CommitmentStatus.Done)],
            commitment.Notes.Select(n => (n.At, n.Author, n.Text, n.Status)));
    }

    [Fact]
    public async Task Bad_drafts_and_notes_are_refused_with_a_reason_and_change_nothing()
    {
        var plan = NewPlan();
        await plan.Commit("c-1", Rotation).WaitAsync(Timeout);

        var refusals = new[]
        {
            await plan.Commit("c-2", Rotation with { What = "   " }),
            await plan.Commit("c-3", Rotation with { What = new string('x', PlanRules.MaxWhatLength + 1) }),
            await plan.Commit("c-4", Rotation with { Owners = Enumerable.Range(0, PlanRules.MaxOwners + 1).Select(i => $"p-{i}").ToArray() }),
            await plan.Commit("", Rotation),
            await plan.Note("c-1", "   ", null, "Ana"),
            await plan.Note("c-1", null, (CommitmentStatus)42, "Ana"),
            await plan.Note("nope", "A note", null, "Ana"),
            await plan.Revise("c-1", Rotation with { Why = new string('y', PlanRules.MaxWhyLength + 1) }, 1),
        };
        var stored = await plan.GetPlan().WaitAsync(Timeout);

        Assert.All(refusals, r => Assert.False(string.IsNullOrEmpty(r.Rejection)));
        Assert.Equal("Say what we will try in 1 to 200 characters.", refusals[0].Rejection);
        Assert.Equal(1, stored.Version);
        Assert.Empty(Assert.Single(stored.Commitments).Notes);
    }
}
