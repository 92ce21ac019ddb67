using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Tests.Infrastructure;
using Orleans.Core.Internal;

namespace AntiLeadership.Live.Tests.Persistence;

/// <summary>The team's plan through the real store: a commitment and its log read back whole by a new activation.</summary>
public sealed class TeamPlanStorageTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task A_commitment_with_owners_a_review_date_and_a_logged_note_reads_back_whole_from_the_database()
    {
        var plan = fixture.App.Grains.GetGrain<ITeamPlanGrain>("team-" + Guid.NewGuid().ToString("N"));
        var draft = new CommitmentDraft("Rotate who chairs", "Leading is for all of us", ["p-ana"], "Ana chairs Monday", new DateOnly(2027, 3, 1), "act-1", "e-7");
        Assert.True((await plan.Commit("c-1", draft).WaitAsync(Eventually.DefaultTimeout)).Succeeded);
        Assert.True((await plan.Note("c-1", "Going well — « très bien »", CommitmentStatus.Trying, "Chloé").WaitAsync(Eventually.DefaultTimeout)).Succeeded);
        var before = await plan.GetPlan().WaitAsync(Eventually.DefaultTimeout);

        await plan.Cast<IGrainManagementExtension>().DeactivateOnIdle().AsTask().WaitAsync(Eventually.DefaultTimeout);
        var after = await Eventually.ReturnsAsync(() => plan.GetPlan(), p => p.Commitments.Count == 1, "the plan to load again");

        var commitment = Assert.Single(after.Commitments);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(draft.What, commitment.Draft.What);
        Assert.Equal(draft.Owners, commitment.Draft.Owners);
        Assert.Equal(draft.ReviewOn, commitment.Draft.ReviewOn);
        Assert.Equal("e-7", commitment.Draft.SourceItemId);
        Assert.Equal(before.Commitments[0].Notes, commitment.Notes);
        Assert.Equal(CommitmentStatus.Trying, commitment.Status);
    }
}
