using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Strengths;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class StrengthsGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>A session with Ana, Ben and Cas joined, and an open strengths map on its agenda.</summary>
    private async Task<IStrengthsGrain> OpenMapAsync(bool anonymous = true, bool hidden = false, StrengthsSetup? setup = null)
    {
        var sessionId = "session-" + Guid.NewGuid().ToString("N");
        var session = fixture.Grains.GetGrain<ISessionGrain>(sessionId);
        Assert.True((await session.Open(new SessionOpening("team-1", "Team", "Workshop", "JOINCODE")).WaitAsync(Timeout)).Succeeded);
        foreach (var (id, name) in new[] { ("ana", "Ana"), ("ben", "Ben"), ("cas", "Cas") })
        {
            Assert.True((await session.Join(id, name).WaitAsync(Timeout)).Succeeded);
        }

        var activityId = "act-" + Guid.NewGuid().ToString("N");
        Assert.True((await session.AddActivity(activityId, setup ?? Setup(anonymous, hidden)).WaitAsync(Timeout)).Succeeded);
        var map = fixture.Grains.GetGrain<IStrengthsGrain>(activityId);
        Assert.True((await map.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout)).Succeeded);
        return map;
    }

    private static StrengthsSetup Setup(bool anonymous = true, bool hidden = false) => new("Our strengths", null, null, hidden, anonymous);

    private static StrengthsInput Input(string[] mine, params Recognition[] recognitions) => new(mine, recognitions);

    private static async Task<ContributionReceipt> SubmitAsync(IStrengthsGrain map, string participantId, StrengthsInput input) =>
        await map.Submit(participantId, Guid.NewGuid().ToString("N"), input).WaitAsync(Timeout);

    private static async Task<StrengthsView> ViewAsync(IStrengthsGrain map) => (StrengthsView)await map.GetView().WaitAsync(Timeout);

    private static async Task<StrengthsContribution> ContributionAsync(IStrengthsGrain map, string participantId) =>
        (StrengthsContribution)await map.GetContribution(participantId).WaitAsync(Timeout);

    [Fact]
    public async Task The_built_in_catalogue_has_four_domains_of_six_to_nine_described_strengths()
    {
        var view = await ViewAsync(await OpenMapAsync());

        Assert.Equal(4, view.Domains.Count);
        Assert.All(view.Domains, d => Assert.InRange(view.Strengths.Count(s => s.DomainId == d.DomainId), 6, 9));
        Assert.All(view.Strengths, s => Assert.False(string.IsNullOrWhiteSpace(s.Description)));
        Assert.Equal(view.Strengths.Count, view.Strengths.Select(s => s.StrengthId).Distinct().Count());
    }

    [Fact]
    public async Task A_participant_picks_up_to_five_strengths_in_their_order()
    {
        var map = await OpenMapAsync();

        var five = await SubmitAsync(map, "ana", Input(["fresh-ideas", "careful-listening", "follow-through", "speaking-up", "learning-fast"]));
        var six = await SubmitAsync(map, "ana", Input(["fresh-ideas", "careful-listening", "follow-through", "speaking-up", "learning-fast", "steady-pace"]));

        Assert.True(five.Accepted);
        Assert.Equal("Pick up to 5 strengths: take one off to add another.", six.Rejection);
        var mine = await ContributionAsync(map, "ana");
        Assert.Equal(["fresh-ideas", "careful-listening", "follow-through", "speaking-up", "learning-fast"], mine.Mine);
        var view = await ViewAsync(map);
        Assert.Equal(1, view.Counts!.Single(c => c.StrengthId == "fresh-ideas").ChosenBySelf);
        Assert.Equal(1, view.Choosers);
    }

    [Fact]
    public async Task Recognising_yourself_an_unknown_person_or_an_unknown_strength_is_refused_clearly()
    {
        var map = await OpenMapAsync();

        var self = await SubmitAsync(map, "ana", Input([], new Recognition("ana", "fresh-ideas")));
        var stranger = await SubmitAsync(map, "ana", Input([], new Recognition("zed", "fresh-ideas")));
        var unknown = await SubmitAsync(map, "ana", Input([], new Recognition("ben", "mind-reading")));

        Assert.Equal("Strengths you see in yourself go in your own five, not here.", self.Rejection);
        Assert.Equal("That person is not in this session. Pick someone from the list.", stranger.Rejection);
        Assert.Equal("That strength is not part of this map.", unknown.Rejection);
        Assert.Equal(0, (await ViewAsync(map)).Recognisers);
    }

    [Fact]
    public async Task A_strength_twice_in_your_five_or_the_same_recognition_twice_is_refused_and_changes_nothing()
    {
        var map = await OpenMapAsync();

        var twiceMine = await SubmitAsync(map, "ana", Input(["fresh-ideas", "careful-listening", "fresh-ideas"]));
        var twiceSeen = await SubmitAsync(map, "ana", Input([], new Recognition("ben", "fresh-ideas"), new Recognition("cas", "fresh-ideas"), new Recognition("ben", "fresh-ideas")));
        var incomplete = await SubmitAsync(map, "ana", Input([], new Recognition("ben", null!)));

        Assert.Equal("Each strength can be in your five only once.", twiceMine.Rejection);
        Assert.Equal("You already recognise that strength in this person.", twiceSeen.Rejection);
        Assert.Equal("That recognition is incomplete. Reload the page and try again.", incomplete.Rejection);
        var view = await ViewAsync(map);
        Assert.Equal(0, view.Choosers);
        Assert.Equal(0, view.Recognisers);
        Assert.Empty((await ContributionAsync(map, "ben")).Received);
    }

    [Fact]
    public async Task A_teammates_contribution_moves_once_when_what_they_receive_changes_and_not_when_only_the_givers_five_do()
    {
        var map = await OpenMapAsync();
        await SubmitAsync(map, "ana", Input([], new Recognition("ben", "fresh-ideas")));
        var first = (await ContributionAsync(map, "ben")).Revision;

        await SubmitAsync(map, "ana", Input(["speaking-up"], new Recognition("ben", "fresh-ideas")));
        Assert.Equal(first, (await ContributionAsync(map, "ben")).Revision);

        // Two more recognitions of Ben and one of Cas in one input: Ben's contribution changes once.
        await SubmitAsync(map, "ana", Input(["speaking-up"], new Recognition("ben", "fresh-ideas"), new Recognition("ben", "careful-listening"), new Recognition("cas", "learning-fast"), new Recognition("ben", "learning-fast")));
        var ben = await ContributionAsync(map, "ben");
        Assert.Equal(first + 1, ben.Revision);
        Assert.Equal(3, ben.Received.Count);

        await SubmitAsync(map, "ana", Input(["speaking-up"], new Recognition("ben", "fresh-ideas", "She asked the question nobody dared to."), new Recognition("ben", "careful-listening"), new Recognition("cas", "learning-fast"), new Recognition("ben", "learning-fast")));
        Assert.Equal(first + 2, (await ContributionAsync(map, "ben")).Revision);
        Assert.Equal("She asked the question nobody dared to.", (await ContributionAsync(map, "ben")).Received.Single(r => r.Example is not null).Example);
    }

    [Fact]
    public async Task An_example_longer_than_one_sentence_or_with_hidden_direction_characters_is_refused()
    {
        var map = await OpenMapAsync();

        var longer = await SubmitAsync(map, "ana", Input([], new Recognition("ben", "careful-listening", new string('a', 201))));
        var hostile = await SubmitAsync(map, "ana", Input([], new Recognition("ben", "careful-listening", "evil \u202E text")));

        Assert.Equal("Keep the example to one sentence of at most 200 characters.", longer.Rejection);
        Assert.Equal("Text cannot contain control or hidden direction characters.", hostile.Rejection);
    }

    [Fact]
    public async Task In_an_anonymous_map_the_recipient_reads_someone_sees_and_nobody_learns_who()
    {
        var map = await OpenMapAsync(anonymous: true);

        Assert.True((await SubmitAsync(map, "ana", Input([], new Recognition("ben", "careful-listening", "When Cas was stuck")))).Accepted);

        var ben = await ContributionAsync(map, "ben");
        var received = Assert.Single(ben.Received);
        Assert.Equal("careful-listening", received.StrengthId);
        Assert.Null(received.From);
        Assert.Equal("When Cas was stuck", received.Example);
        var view = await ViewAsync(map);
        Assert.Null(view.Stage.ContributorIds);
        Assert.All(view.Examples!, e => Assert.Equal("ben", e.RecipientId));
        var results = await map.GetResults(new Dictionary<string, string> { ["ana"] = "Ana", ["ben"] = "Ben" }).WaitAsync(Timeout);
        Assert.Null(((StrengthsDetails)results.Details!).People);
        Assert.DoesNotContain(results.Rows, r => r.Item.Contains("Ana") || (r.People is 1 or 2));
        Assert.Contains(results.Rows, r => r.Section == "Seen by others" && r.Item.EndsWith("Careful listening") && r.FewerThanThree);
    }

    [Fact]
    public async Task In_a_named_map_the_recipient_reads_who_sees_the_strength_in_them()
    {
        var map = await OpenMapAsync(anonymous: false);

        await SubmitAsync(map, "ana", Input([], new Recognition("ben", "careful-listening")));

        Assert.Equal("Ana", Assert.Single((await ContributionAsync(map, "ben")).Received).From);
    }

    [Fact]
    public async Task A_recognition_can_be_changed_or_withdrawn_until_the_map_closes()
    {
        var map = await OpenMapAsync();
        await SubmitAsync(map, "ana", Input([], new Recognition("ben", "careful-listening")));

        await SubmitAsync(map, "ana", Input([], new Recognition("ben", "fresh-ideas")));
        Assert.Equal("fresh-ideas", Assert.Single((await ContributionAsync(map, "ben")).Received).StrengthId);

        await SubmitAsync(map, "ana", Input([]));
        Assert.Empty((await ContributionAsync(map, "ben")).Received);

        await map.Steer(new ActivityCommand(ActivityCommands.Close)).WaitAsync(Timeout);
        var late = await SubmitAsync(map, "ana", Input([], new Recognition("ben", "fresh-ideas")));
        Assert.Equal("The strengths map is closed.", late.Rejection);
        Assert.Empty((await ContributionAsync(map, "ben")).Received);
    }

    [Fact]
    public async Task A_hidden_column_stays_off_the_grid_but_counts_in_the_totals()
    {
        var map = await OpenMapAsync(anonymous: false);
        await SubmitAsync(map, "ana", Input(["fresh-ideas"]));
        await SubmitAsync(map, "ben", new StrengthsInput(["fresh-ideas"], [], ShowMyColumn: false));

        var view = await ViewAsync(map);

        Assert.Equal("Ana", Assert.Single(view.Grid!).Name);
        Assert.Equal(1, view.ShownPeople);
        Assert.Equal(2, view.Counts!.Single(c => c.StrengthId == "fresh-ideas").ChosenBySelf);
        Assert.Equal(["fresh-ideas"], view.MostShared);
        Assert.DoesNotContain("fresh-ideas", view.NotYetInTheRoom!);
        Assert.Equal(2, view.Heat!.Single(h => h.DomainId == "thinking").ChosenBySelf);
        var results = await map.GetResults(new Dictionary<string, string> { ["ana"] = "Ana", ["ben"] = "Ben" }).WaitAsync(Timeout);
        Assert.Equal("Ana", Assert.Single(((StrengthsDetails)results.Details!).People!).Name);
    }

    [Fact]
    public async Task Hiding_an_example_takes_it_from_the_recipient_and_tells_its_author()
    {
        var map = await OpenMapAsync();
        await SubmitAsync(map, "ana", Input([], new Recognition("ben", "careful-listening", "rude words")));
        var example = Assert.Single((await ViewAsync(map)).Examples!);
        var authorBefore = (await ContributionAsync(map, "ana")).Revision;

        Assert.True((await map.Steer(new ActivityCommand(StrengthsCommands.HideExample, Target: example.ExampleId)).WaitAsync(Timeout)).Succeeded);

        var author = await ContributionAsync(map, "ana");
        Assert.True(Assert.Single(author.Given).ExampleHidden);
        Assert.True(author.Revision > authorBefore);
        var received = Assert.Single((await ContributionAsync(map, "ben")).Received);
        Assert.Null(received.Example);
        Assert.Equal("careful-listening", received.StrengthId);
        Assert.True(Assert.Single((await ViewAsync(map)).Examples!).Hidden);
    }

    [Fact]
    public async Task The_facilitator_can_add_a_domain_and_a_strength_to_it()
    {
        var map = await OpenMapAsync();

        Assert.True((await map.Steer(new ActivityCommand(StrengthsCommands.AddDomain, Text: "Craft")).WaitAsync(Timeout)).Succeeded);
        var domain = (await ViewAsync(map)).Domains.Single(d => d.Name == "Craft");
        Assert.True((await map.Steer(new ActivityCommand(StrengthsCommands.AddStrength, Target: domain.DomainId, Text: "Clean code: Leaves code better than found")).WaitAsync(Timeout)).Succeeded);
        var duplicate = await map.Steer(new ActivityCommand(StrengthsCommands.AddStrength, Target: "thinking", Text: "fresh ideas")).WaitAsync(Timeout);

        var added = (await ViewAsync(map)).Strengths.Single(s => s.Name == "Clean code");
        Assert.Equal(domain.DomainId, added.DomainId);
        Assert.Equal("Leaves code better than found", added.Description);
        Assert.Equal("There is already a strength of that name.", duplicate.Rejection);
        Assert.True((await SubmitAsync(map, "ana", Input([added.StrengthId]))).Accepted);
    }

    [Fact]
    public async Task Strengths_and_domains_added_in_the_setup_join_the_catalogue()
    {
        var map = await OpenMapAsync(setup: new StrengthsSetup("Ours", ["Craft"], [new StrengthIdea("Craft", "Clean code"), new StrengthIdea("thinking", "Systems thinking", "Sees the whole")], false));

        var view = await ViewAsync(map);

        Assert.Equal(5, view.Domains.Count);
        Assert.Equal(view.Domains[4].DomainId, view.Strengths.Single(s => s.Name == "Clean code").DomainId);
        Assert.Equal("thinking", view.Strengths.Single(s => s.Name == "Systems thinking").DomainId);
    }

    [Fact]
    public async Task While_results_are_hidden_the_room_sees_the_catalogue_and_participation_but_no_counts()
    {
        var map = await OpenMapAsync(hidden: true);
        await SubmitAsync(map, "ana", Input(["fresh-ideas"], new Recognition("ben", "careful-listening", "secret")));

        var audience = (StrengthsView)(await ViewAsync(map)).ForAudience();

        Assert.NotEmpty(audience.Strengths);
        Assert.Equal(1, audience.Choosers);
        Assert.Equal(["Ana", "Ben", "Cas"], audience.Teammates!.Select(t => t.Name));
        Assert.Null(audience.Counts);
        Assert.Null(audience.Grid);
        Assert.Null(audience.Examples);
    }

    [Fact]
    public async Task An_anonymous_map_gives_no_domain_total_that_would_tell_a_small_count_by_subtraction()
    {
        var map = await OpenMapAsync(anonymous: true);
        await SubmitAsync(map, "ana", Input(["follow-through"]));
        await SubmitAsync(map, "ben", Input(["follow-through"]));
        await SubmitAsync(map, "cas", Input(["follow-through", "careful-craft"]));

        var full = await ViewAsync(map);
        var audience = (StrengthsView)full.ForAudience();
        var results = await map.GetResults(new Dictionary<string, string>()).WaitAsync(Timeout);

        Assert.Equal(4, full.Heat!.Single(h => h.DomainId == "doing").ChosenBySelf);
        Assert.Equal(3, audience.Counts!.Single(c => c.StrengthId == "follow-through").ChosenBySelf);
        Assert.Null(audience.Counts!.Single(c => c.StrengthId == "careful-craft").ChosenBySelf);
        Assert.Null(audience.Heat!.Single(h => h.DomainId == "doing").ChosenBySelf);
        var domainRow = results.Rows.Single(r => r.Section == "Domain (chosen + seen)" && r.Item == "Getting things done");
        Assert.Null(domainRow.Value);
        Assert.Equal(3, domainRow.People);
    }

    [Fact]
    public async Task The_audience_copy_of_an_anonymous_map_never_shows_a_count_of_one_or_two_people()
    {
        var map = await OpenMapAsync(anonymous: true);
        await SubmitAsync(map, "ana", Input(["fresh-ideas"], new Recognition("ben", "careful-listening", "secret")));

        var full = await ViewAsync(map);
        var audience = (StrengthsView)full.ForAudience();

        Assert.Equal(1, full.Counts!.Single(c => c.StrengthId == "fresh-ideas").ChosenBySelf);
        Assert.Null(audience.Counts!.Single(c => c.StrengthId == "fresh-ideas").ChosenBySelf);
        Assert.Null(audience.Counts!.Single(c => c.StrengthId == "careful-listening").SeenByOthers);
        Assert.Equal(0, audience.Counts!.Single(c => c.StrengthId == "steady-pace").ChosenBySelf);
        Assert.Equal(1, full.Grid!.Single(p => p.Name == "Ben").SeenByOthers.Single().Times);
        Assert.Null(audience.Grid!.Single(p => p.Name == "Ben").SeenByOthers.Single().Times);
        Assert.Null(audience.Examples);
    }

    [Fact]
    public async Task Someone_who_joins_after_the_map_opened_appears_among_the_teammates_and_can_be_recognised()
    {
        var map = await OpenMapAsync();
        var sessionId = (await ViewAsync(map)).SessionId;
        await fixture.Grains.GetGrain<ISessionGrain>(sessionId).Join("dee", "Dee").WaitAsync(Timeout);

        var view = await Eventually.ReturnsAsync(() => ViewAsync(map), v => v.Teammates!.Any(t => t.Name == "Dee"), "Dee among the teammates");
        var receipt = await SubmitAsync(map, "ana", Input([], new Recognition("dee", "giving-credit")));

        Assert.True(receipt.Accepted, receipt.Rejection);
        Assert.Equal("dee", view.Teammates!.Single(t => t.Name == "Dee").ParticipantId);
    }

    [Fact]
    public async Task Beyond_thirty_people_shown_the_view_carries_no_grid()
    {
        var sessionId = "session-" + Guid.NewGuid().ToString("N");
        var session = fixture.Grains.GetGrain<ISessionGrain>(sessionId);
        await session.Open(new SessionOpening("team-1", "Team", "Workshop", "JOINCODE")).WaitAsync(Timeout);
        var people = Enumerable.Range(1, StrengthsView.MaxGridPeople + 1).Select(i => $"p{i:00}").ToArray();
        foreach (var id in people)
        {
            await session.Join(id, id).WaitAsync(Timeout);
        }

        var activityId = "act-" + Guid.NewGuid().ToString("N");
        await session.AddActivity(activityId, Setup()).WaitAsync(Timeout);
        var map = fixture.Grains.GetGrain<IStrengthsGrain>(activityId);
        await map.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout);

        await Task.WhenAll(people.Select(id => SubmitAsync(map, id, Input(["fresh-ideas"]))));

        var view = await ViewAsync(map);
        Assert.Null(view.Grid);
        Assert.Equal(people.Length, view.ShownPeople);
        Assert.Equal(people.Length, view.Counts!.Single(c => c.StrengthId == "fresh-ideas").ChosenBySelf);
        Assert.NotEmpty(view.Heat!);
    }
}
