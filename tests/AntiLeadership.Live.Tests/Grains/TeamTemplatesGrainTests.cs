using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>A team's own templates: saved, replaced only when asked, deleted, limited, and kept across a reactivation.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class TeamTemplatesGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly TemplateItem CheckIn =
        new("check-in", "Check-in", """{"title":"Check-in","prompt":"One word for how you arrive","mode":"word","hideResultsUntilRevealed":false,"anonymous":true}""");

    private static readonly TemplateItem Vote =
        new("ranking", "Where we start", """{"title":"Where we start","statements":["One","Two"],"hideResultsUntilRevealed":true,"anonymous":true,"allowProposals":false}""");

    private ITeamTemplatesGrain Team() => fixture.Grains.GetGrain<ITeamTemplatesGrain>("team-" + Guid.NewGuid().ToString("N"));

    private static async Task<TemplateSaving> SaveAsync(ITeamTemplatesGrain team, string name, bool replace = false, params TemplateItem[] items) =>
        await team.Save(name, items.Length == 0 ? [CheckIn, Vote] : items, replace, "Sam").WaitAsync(Timeout);

    /// <summary>A template's every member, items included (a record compares its list by reference).</summary>
    private static string Shape(TeamTemplate? t) => t is null ? "none" : $"{t.TemplateId} {t.Name} {t.SavedAt:O} {t.SavedBy}: {string.Join(" | ", t.Items)}";

    private static async Task<IReadOnlyList<TeamTemplate>> ListAsync(ITeamTemplatesGrain team) => await team.GetTemplates().WaitAsync(Timeout);

    [Fact]
    public async Task A_saved_template_keeps_its_name_its_activities_in_order_and_who_saved_it()
    {
        var team = Team();

        var saving = await SaveAsync(team, "  Our day 1 ");
        var listed = Assert.Single(await ListAsync(team));

        Assert.Equal(Shape(saving.Template), Shape(listed));
        Assert.Equal("Our day 1", listed.Name);
        Assert.Equal(["Check-in", "Where we start"], listed.Items.Select(i => i.Title));
        Assert.Equal(Vote.SetupJson, listed.Items[1].SetupJson);
        Assert.Equal("Sam", listed.SavedBy);
        Assert.Matches("^[a-f0-9]{32}$", listed.TemplateId);
    }

    [Fact]
    public async Task A_name_the_team_already_uses_in_any_case_or_spacing_is_replaced_only_when_asked_and_keeps_its_id()
    {
        var team = Team();
        var first = (await SaveAsync(team, "Our day 1")).Template!;

        var asked = await SaveAsync(team, "our  DAY 1", false, Vote);
        var unchanged = Assert.Single(await ListAsync(team));
        var replaced = await SaveAsync(team, "our  DAY 1", true, Vote);
        var after = Assert.Single(await ListAsync(team));

        Assert.True(asked.NameTaken);
        Assert.Null(asked.Template);
        Assert.Equal("The team already has a template called “Our day 1”. Replace it, or choose another name.", asked.Rejection);
        Assert.Equal(Shape(first), Shape(unchanged));
        Assert.False(replaced.NameTaken);
        Assert.Equal(first.TemplateId, after.TemplateId);
        Assert.Equal("our  DAY 1", after.Name);
        Assert.Equal(["Where we start"], after.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task Saving_the_same_template_again_saves_it_once_without_asking_to_replace_it()
    {
        var team = Team();

        var first = await SaveAsync(team, "Our day 1");
        var again = await SaveAsync(team, "Our day 1");

        Assert.Equal(Shape(first.Template), Shape(again.Template));
        Assert.False(again.NameTaken);
        Assert.Single(await ListAsync(team));
    }

    [Fact]
    public async Task Deleting_a_template_takes_it_off_the_shelf_and_deleting_it_again_is_harmless()
    {
        var team = Team();
        var kept = (await SaveAsync(team, "Keep")).Template!;
        var gone = (await SaveAsync(team, "Delete")).Template!;

        Assert.True((await team.Delete(gone.TemplateId).WaitAsync(Timeout)).Succeeded);
        Assert.True((await team.Delete(gone.TemplateId).WaitAsync(Timeout)).Succeeded);

        Assert.Equal([Shape(kept)], (await ListAsync(team)).Select(Shape));
    }

    [Fact]
    public async Task A_team_keeps_at_most_thirty_templates_yet_may_still_replace_one_of_them()
    {
        var team = Team();
        for (var i = 1; i <= TemplateRules.MaxTemplatesPerTeam; i++)
        {
            Assert.NotNull((await SaveAsync(team, $"Template {i}")).Template);
        }

        var one = await SaveAsync(team, "One too many");
        var replaced = await SaveAsync(team, "Template 7", true, Vote);

        Assert.Equal($"The team has {TemplateRules.MaxTemplatesPerTeam} templates already: delete one it no longer uses first.", one.Rejection);
        Assert.NotNull(replaced.Template);
        Assert.Equal(TemplateRules.MaxTemplatesPerTeam, (await ListAsync(team)).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u200B\u200B")]
    [InlineData("A name far too long for the select where a facilitator picks it ....")]
    public async Task A_template_needs_a_name_people_can_see_of_at_most_sixty_characters(string name)
    {
        var team = Team();

        var saving = await SaveAsync(team, name);

        Assert.Null(saving.Template);
        Assert.False(saving.NameTaken);
        Assert.Contains("template", saving.Rejection);
        Assert.Empty(await ListAsync(team));
    }

    [Fact]
    public async Task An_empty_agenda_or_an_activity_of_no_known_kind_is_not_saved()
    {
        var team = Team();

        var empty = await team.Save("Nothing", [], false, "Sam").WaitAsync(Timeout);
        var unknown = await team.Save("Unknown", [new TemplateItem("juggling", "Juggling", "{}")], false, "Sam").WaitAsync(Timeout);

        Assert.Equal("The agenda is empty: add activities before saving it as a template.", empty.Rejection);
        Assert.Equal("One of these activities cannot be kept in a template.", unknown.Rejection);
        Assert.Empty(await ListAsync(team));
    }

    [Fact]
    public async Task Templates_survive_the_grain_being_deactivated()
    {
        var team = Team();
        await SaveAsync(team, "Our day 1");
        await SaveAsync(team, "Our reconvene", false, Vote);
        var before = await ListAsync(team);

        await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero).WaitAsync(Timeout);
        var after = await ListAsync(team);

        Assert.Equal(2, after.Count);
        Assert.Equal(before.Select(Shape), after.Select(Shape));
    }
}
