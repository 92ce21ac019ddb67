using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Content;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Retention;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// Each stored grain of a team forgets what it holds; the programme's grains let go of one session's
/// things only; a team's deletion date follows its last session.
/// </summary>
public sealed class ForgettingGrainTests(MovableClockFixture fixture) : IClassFixture<MovableClockFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static readonly CommitmentDraft Rotation = new("Rotate who chairs", "So leading is shared", [], "Ana chairs Monday", null);

    private static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N");

    private static ShortlistItem Kept(string sessionId, string itemId) =>
        new("a-" + sessionId, itemId, "Say it plainly", "Ideas", sessionId, DateTimeOffset.UnixEpoch);

    private static RotaEntry Turn(string entryId, string sessionId) =>
        new(entryId, sessionId, "Day", null, null, "p-sam", "Sam", "Ana", DateTimeOffset.UnixEpoch, null);

    [Fact]
    public async Task Forgetting_the_team_s_programme_leaves_every_part_of_it_empty()
    {
        var teamId = NewId("team-");
        var grains = fixture.Grains;
        await grains.GetGrain<ITeamPlanGrain>(teamId).Commit("c-1", Rotation).WaitAsync(Timeout);
        await grains.GetGrain<ITeamShortlistGrain>(teamId).Keep(Kept("s-1", "i-1")).WaitAsync(Timeout);
        await grains.GetGrain<ITeamRotaGrain>(teamId).Record([Turn("t-1", "s-1")]).WaitAsync(Timeout);
        var saving = await grains.GetGrain<ITeamTemplatesGrain>(teamId).Save("Monday", [new TemplateItem(CulturePrioritiesKind.Name, "Vote", "{}")], false, "Ana").WaitAsync(Timeout);

        await Task.WhenAll(AntiLeadership.Live.Grains.Programme.TeamProgramme.Parts(grains, teamId).Select(p => p.Forget())).WaitAsync(Timeout);

        Assert.NotNull(saving);
        Assert.Empty((await grains.GetGrain<ITeamPlanGrain>(teamId).GetPlan().WaitAsync(Timeout)).Commitments);
        Assert.Empty(await grains.GetGrain<ITeamShortlistGrain>(teamId).GetShortlist().WaitAsync(Timeout));
        Assert.Empty(await grains.GetGrain<ITeamRotaGrain>(teamId).GetRota().WaitAsync(Timeout));
        Assert.Empty(await grains.GetGrain<ITeamTemplatesGrain>(teamId).GetTemplates().WaitAsync(Timeout));
    }

    [Fact]
    public async Task A_deleted_session_s_kept_items_and_turns_go_and_the_other_session_s_stay()
    {
        var teamId = NewId("team-");
        var grains = fixture.Grains;
        var shortlist = grains.GetGrain<ITeamShortlistGrain>(teamId);
        var rota = grains.GetGrain<ITeamRotaGrain>(teamId);
        await shortlist.Keep(Kept("s-1", "i-1")).WaitAsync(Timeout);
        await shortlist.Keep(Kept("s-2", "i-2")).WaitAsync(Timeout);
        await rota.Record([Turn("t-1", "s-1"), Turn("t-2", "s-2")]).WaitAsync(Timeout);

        await Task.WhenAll(AntiLeadership.Live.Grains.Programme.TeamProgramme.SessionTraces(grains, teamId).Select(t => t.ForgetSession("s-1"))).WaitAsync(Timeout);
        await Task.WhenAll(AntiLeadership.Live.Grains.Programme.TeamProgramme.SessionTraces(grains, teamId).Select(t => t.ForgetSession("s-1"))).WaitAsync(Timeout);

        Assert.Equal(["s-2"], (await shortlist.GetShortlist().WaitAsync(Timeout)).Select(i => i.SessionId));
        Assert.Equal(["s-2"], (await rota.GetRota().WaitAsync(Timeout)).Select(e => e.SessionId));
    }

    [Fact]
    public async Task A_forgotten_session_takes_its_activities_images_and_join_code_with_it()
    {
        var grains = fixture.Grains;
        var session = grains.GetGrain<ISessionGrain>(NewId("s-"));
        var code = Random.Shared.Next(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await grains.GetGrain<IJoinCodeGrain>(code).Claim(session.GetPrimaryKeyString()).WaitAsync(Timeout));
        Assert.True((await session.Open(new SessionOpening(NewId("team-"), "Team", "Day 1", code)).WaitAsync(Timeout)).Succeeded);
        var activityId = NewId("a-");
        Assert.True((await session.AddActivity(activityId, new CulturePrioritiesSetup("Vote", ["Say it", "Learn"], 3, 2, false)).WaitAsync(Timeout)).Succeeded);
        await session.Join("p-sam", "Sam").WaitAsync(Timeout);
        var vote = grains.GetGrain<ICulturePrioritiesGrain>(activityId);
        await vote.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout);
        Assert.True((await vote.Submit("p-sam", "sub-1", new CulturePrioritiesInput(new Dictionary<string, int> { ["s1"] = 2 })).WaitAsync(Timeout)).Accepted);
        var imageId = NewId("img-");
        Assert.True((await session.RecordImage(imageId).WaitAsync(Timeout)).Succeeded);
        Assert.True((await grains.GetGrain<ICardImageGrain>(imageId).Keep(session.GetPrimaryKeyString(), TestImages.Png(4, 4, (1, 2, 3))).WaitAsync(Timeout)).Succeeded);

        await session.Forget().WaitAsync(Timeout);
        await session.Forget().WaitAsync(Timeout);

        Assert.False((await session.GetView().WaitAsync(Timeout)).Exists);
        Assert.Null(await grains.GetGrain<IJoinCodeGrain>(code).FindSession().WaitAsync(Timeout));
        Assert.Null(await grains.GetGrain<ICardImageGrain>(imageId).Get().WaitAsync(Timeout));
        var forgotten = await vote.GetVoteView().WaitAsync(Timeout);
        Assert.Equal("", forgotten.Stage.Title);
        Assert.Equal(0, forgotten.DotsPlaced);
    }

    [Fact]
    public async Task A_team_is_due_its_chosen_days_after_its_last_session_and_a_new_session_pushes_that_back()
    {
        var team = await FoundAsync();
        var registry = fixture.Grains.GetGrain<IRetentionRegistryGrain>(0);
        await team.RecordSession("s-1", "Day 1").WaitAsync(Timeout);
        var firstStarted = fixture.Clock.GetUtcNow();

        Assert.True((await team.SetRetention(30).WaitAsync(Timeout)).Succeeded);
        Assert.Equal(new TeamRetention(30, firstStarted.AddDays(30)), await team.GetRetention().WaitAsync(Timeout));
        fixture.Clock.Advance(TimeSpan.FromDays(10));
        await team.RecordSession("s-2", "Day 2").WaitAsync(Timeout);
        fixture.Clock.Advance(TimeSpan.FromDays(25));
        var notYet = await registry.Due(10_000).WaitAsync(Timeout);
        fixture.Clock.Advance(TimeSpan.FromDays(6));
        var due = await registry.Due(10_000).WaitAsync(Timeout);

        Assert.Equal(firstStarted.AddDays(40), (await team.GetRetention().WaitAsync(Timeout))!.DeleteAfter);
        Assert.DoesNotContain(team.GetPrimaryKeyString(), notYet);
        Assert.Contains(team.GetPrimaryKeyString(), due);
    }

    [Fact]
    public async Task Days_out_of_range_are_refused_and_turning_it_off_takes_the_team_off_the_registry()
    {
        var team = await FoundAsync();
        var registry = fixture.Grains.GetGrain<IRetentionRegistryGrain>(0);
        await team.SetRetention(RetentionRules.MinDays).WaitAsync(Timeout);

        var zero = await team.SetRetention(0).WaitAsync(Timeout);
        var tooMany = await team.SetRetention(RetentionRules.MaxDays + 1).WaitAsync(Timeout);
        var off = await team.SetRetention(null).WaitAsync(Timeout);
        fixture.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal("Choose between 1 and 3650 days, or turn automatic deletion off.", zero.Rejection);
        Assert.Equal(zero.Rejection, tooMany.Rejection);
        Assert.True(off.Succeeded);
        Assert.Equal(new TeamRetention(null, null), await team.GetRetention().WaitAsync(Timeout));
        Assert.DoesNotContain(team.GetPrimaryKeyString(), await registry.Due(10_000).WaitAsync(Timeout));
    }

    [Fact]
    public async Task A_forgotten_team_finds_no_key_no_member_and_leaves_the_registry()
    {
        var team = await FoundAsync();
        await team.Enrol("p-sam", "hash-sam", "Sam").WaitAsync(Timeout);
        await team.SetRetention(1).WaitAsync(Timeout);

        await team.Forget().WaitAsync(Timeout);
        fixture.Clock.Advance(TimeSpan.FromDays(2));

        Assert.False((await team.GetView().WaitAsync(Timeout)).Exists);
        Assert.Null(await team.FindFacilitatorKey("hash-lead").WaitAsync(Timeout));
        Assert.Null(await team.FindMember("p-sam", "hash-sam").WaitAsync(Timeout));
        Assert.Null(await team.GetRetention().WaitAsync(Timeout));
        Assert.DoesNotContain(team.GetPrimaryKeyString(), await fixture.Grains.GetGrain<IRetentionRegistryGrain>(0).Due(10_000).WaitAsync(Timeout));
    }

    private async Task<ITeamGrain> FoundAsync()
    {
        var team = fixture.Grains.GetGrain<ITeamGrain>(NewId("team-"));
        Assert.True((await team.Found(new TeamFounding("Blue team", "hash-lead")).WaitAsync(Timeout)).Succeeded);
        return team;
    }
}
