using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CheckIns;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Activities.Strengths;
using AntiLeadership.Live.Programme.Results;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// A team's results over time: points recorded when an activity closes, one series per exact wording,
/// a re-close replacing its point, the small-group rule, strengths newly seen, sessions months apart.
/// </summary>
public sealed class TeamResultsGrainTests(MovableClockFixture fixture) : IClassFixture<MovableClockFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static readonly string[] Statements = ["We decide together", "Anyone may stop the line", "Mistakes are talked about openly"];

    private static string NewTeam() => "team-" + Guid.NewGuid().ToString("N");

    private ITeamResultsGrain Results(string teamId) => fixture.Grains.GetGrain<ITeamResultsGrain>(teamId);

    /// <summary>A session of the team, started now (as the web's session starter records it), with Ana, Ben, Cas and Dan joined.</summary>
    private async Task<ISessionGrain> SessionAsync(string teamId, string title)
    {
        var sessionId = "s-" + Guid.NewGuid().ToString("N");
        var session = fixture.Grains.GetGrain<ISessionGrain>(sessionId);
        Assert.True((await session.Open(new SessionOpening(teamId, "Team", title, "123456")).WaitAsync(Timeout)).Succeeded);
        await fixture.Grains.GetGrain<ITeamGrain>(teamId).RecordSession(sessionId, title).WaitAsync(Timeout);
        foreach (var (id, name) in new[] { ("ana", "Ana"), ("ben", "Ben"), ("cas", "Cas"), ("dan", "Dan") })
        {
            Assert.True((await session.Join(id, name).WaitAsync(Timeout)).Succeeded);
        }

        return session;
    }

    private async Task<TGrain> AddOpenAsync<TGrain>(ISessionGrain session, ActivitySetup setup)
        where TGrain : IActivityGrain
    {
        var activityId = "act-" + Guid.NewGuid().ToString("N");
        var added = await session.AddActivity(activityId, setup).WaitAsync(Timeout);
        Assert.True(added.Succeeded, added.Rejection);
        var activity = fixture.Grains.GetGrain<TGrain>(activityId);
        await OkAsync(activity.Steer(new ActivityCommand(ActivityCommands.Open)));
        return activity;
    }

    /// <summary>A dot vote on <paramref name="statements"/>: each ballot is the dots on each statement in order; closed at the end.</summary>
    private async Task<ICulturePrioritiesGrain> DotVoteAsync(ISessionGrain session, string[] statements, int[][] ballots, bool anonymous = true)
    {
        var vote = await AddOpenAsync<ICulturePrioritiesGrain>(session, new CulturePrioritiesSetup("Priorities", statements, 3, 3, false, anonymous));
        var people = new[] { "ana", "ben", "cas", "dan" };
        for (var i = 0; i < ballots.Length; i++)
        {
            var dots = ballots[i].Select((n, s) => ($"s{s + 1}", n)).Where(d => d.n > 0).ToDictionary(d => d.Item1, d => d.n);
            var receipt = await vote.Submit(people[i], Guid.NewGuid().ToString("N"), new CulturePrioritiesInput(dots)).WaitAsync(Timeout);
            Assert.True(receipt.Accepted, receipt.Rejection);
        }

        await OkAsync(vote.Steer(new ActivityCommand(ActivityCommands.Close)));
        return vote;
    }

    private static async Task OkAsync(Task<CommandOutcome> command)
    {
        var outcome = await command.WaitAsync(Timeout);
        Assert.True(outcome.Succeeded, outcome.Rejection);
    }

    private async Task<ResultGroup> GroupAsync(string teamId, string groupId) =>
        await Results(teamId).GetGroup(groupId).WaitAsync(Timeout) ?? throw new InvalidOperationException($"No group {groupId}.");

    [Fact]
    public async Task The_same_statements_voted_in_two_sessions_three_months_apart_make_one_series_per_statement_dated_by_each_session_s_start()
    {
        var teamId = NewTeam();
        var march = await SessionAsync(teamId, "March retro");
        var marchStart = fixture.Clock.GetUtcNow();
        await DotVoteAsync(march, Statements, [[3, 0, 0], [3, 0, 0], [0, 3, 0]]);
        fixture.Clock.Advance(TimeSpan.FromDays(91));
        var june = await SessionAsync(teamId, "June retro");
        var juneStart = fixture.Clock.GetUtcNow();
        fixture.Clock.Advance(TimeSpan.FromMinutes(40));
        await DotVoteAsync(june, Statements, [[1, 1, 1], [1, 1, 1], [1, 1, 1]]);

        var groups = await Results(teamId).GetResults().WaitAsync(Timeout);

        var group = Assert.Single(groups);
        Assert.Equal(("culture-priorities", "Culture priorities: dots", ResultMeasure.Agreement, 2), (group.GroupId, group.Label, group.Measure, group.Sessions));
        Assert.Equal(Statements, group.Series.Select(s => s.Wording));
        var decide = group.Series[0];
        Assert.Equal(["March retro", "June retro"], decide.Points.Select(p => p.SessionTitle));
        Assert.Equal([marchStart, juneStart], decide.Points.Select(p => p.At));
        Assert.All(decide.Points, p => Assert.Equal(3, p.People));
        // March: two of three put all their dots on it; June: everyone one dot. The average falls, and the spread goes to one voice.
        Assert.Equal(0.667, decide.Points[0].Average);
        Assert.Equal(0.333, decide.Points[1].Average);
        Assert.True(decide.Points[0].Spread > 0.9);
        Assert.Equal(0, decide.Points[1].Spread);
        Assert.NotEmpty(decide.Points[0].Buckets);
    }

    [Fact]
    public async Task A_statement_worded_differently_starts_a_series_of_its_own()
    {
        var teamId = NewTeam();
        await DotVoteAsync(await SessionAsync(teamId, "First"), Statements, [[3, 0, 0], [0, 3, 0], [0, 0, 3]]);
        fixture.Clock.Advance(TimeSpan.FromDays(30));
        string[] reworded = ["We decide together", "Anyone may stop the line", "We talk about mistakes openly"];
        await DotVoteAsync(await SessionAsync(teamId, "Second"), reworded, [[3, 0, 0], [0, 3, 0], [0, 0, 3]]);

        var group = await GroupAsync(teamId, "culture-priorities");

        Assert.Equal(["We decide together", "Anyone may stop the line", "We talk about mistakes openly", "Mistakes are talked about openly"], group.Series.Select(s => s.Wording));
        Assert.Equal([2, 2, 1, 1], group.Series.Select(s => s.Points.Count));
        Assert.Equal("Second", Assert.Single(group.Series[2].Points).SessionTitle);
        Assert.Equal("First", Assert.Single(group.Series[3].Points).SessionTitle);
    }

    [Fact]
    public async Task Reopening_and_closing_again_replaces_the_activity_s_point_instead_of_adding_one()
    {
        var teamId = NewTeam();
        var session = await SessionAsync(teamId, "Retro");
        var vote = await DotVoteAsync(session, Statements, [[3, 0, 0], [3, 0, 0], [3, 0, 0]]);

        await OkAsync(vote.Steer(new ActivityCommand(ActivityCommands.Open)));
        await vote.Submit("dan", Guid.NewGuid().ToString("N"), new CulturePrioritiesInput(new Dictionary<string, int> { ["s2"] = 3 })).WaitAsync(Timeout);
        await OkAsync(vote.Steer(new ActivityCommand(ActivityCommands.Close)));

        var point = Assert.Single((await GroupAsync(teamId, "culture-priorities")).Series[0].Points);
        Assert.Equal(4, point.People);
        Assert.Equal(0.75, point.Average);
    }

    [Fact]
    public async Task An_anonymous_vote_of_two_people_gives_no_numbers_and_a_named_one_does()
    {
        var teamId = NewTeam();
        var session = await SessionAsync(teamId, "Small day");
        await DotVoteAsync(session, Statements, [[3, 0, 0], [0, 3, 0]], anonymous: true);

        var anonymous = (await GroupAsync(teamId, "culture-priorities")).Series[0].Points.Single();

        Assert.Equal(2, anonymous.People);
        Assert.True(anonymous.FewerThanThree);
        Assert.Null(anonymous.Average);
        Assert.Null(anonymous.Spread);
        Assert.Empty(anonymous.Buckets);

        fixture.Clock.Advance(TimeSpan.FromDays(7));
        await DotVoteAsync(await SessionAsync(teamId, "Named day"), Statements, [[3, 0, 0], [0, 3, 0]], anonymous: false);
        var named = (await GroupAsync(teamId, "culture-priorities")).Series[0].Points[^1];
        Assert.Equal((0.5, false), (named.Average, named.FewerThanThree));
    }

    [Fact]
    public async Task A_scale_check_in_is_one_series_per_question_with_its_distribution_average_and_spread_and_a_word_check_in_adds_nothing()
    {
        var teamId = NewTeam();
        var session = await SessionAsync(teamId, "Monday");
        var scale = await AddOpenAsync<ICheckInGrain>(session, new CheckInSetup("Check-in", "How are you arriving?", CheckInMode.Scale, false));
        foreach (var (person, value) in new[] { ("ana", 4), ("ben", 4), ("cas", 5), ("dan", 3) })
        {
            await scale.Submit(person, Guid.NewGuid().ToString("N"), new CheckInInput(null, value)).WaitAsync(Timeout);
        }

        await OkAsync(scale.Steer(new ActivityCommand(ActivityCommands.Close)));
        var words = await AddOpenAsync<ICheckInGrain>(session, new CheckInSetup("Words", "One word", CheckInMode.Word, false));
        await words.Submit("ana", Guid.NewGuid().ToString("N"), new CheckInInput("calm", null)).WaitAsync(Timeout);
        await OkAsync(words.Steer(new ActivityCommand(ActivityCommands.Close)));

        var group = Assert.Single(await Results(teamId).GetResults().WaitAsync(Timeout));

        Assert.Equal(("check-in:How are you arriving?", "Check-in: How are you arriving?", ResultMeasure.Scale), (group.GroupId, group.Label, group.Measure));
        var point = Assert.Single(Assert.Single(group.Series).Points);
        Assert.Equal(4, point.Average);
        Assert.Equal(0.354, point.Spread);
        // Anonymous: 3 and 5 would each be one person, so they are banded with 4.
        Assert.Equal([("1", 0), ("2", 0), ("3–5", 4)], point.Buckets.Select(b => (b.Label, b.People ?? -1)));
    }

    [Fact]
    public async Task A_strength_nobody_had_in_earlier_maps_is_newly_seen_and_counts_each_person_once()
    {
        var teamId = NewTeam();
        var first = await SessionAsync(teamId, "Spring");
        await StrengthsAsync(first, ("ana", ["follow-through"], []), ("ben", ["follow-through"], [new Recognition("ana", "follow-through")]), ("cas", ["follow-through"], []));
        fixture.Clock.Advance(TimeSpan.FromDays(90));
        var second = await SessionAsync(teamId, "Summer");
        await StrengthsAsync(second, ("ana", ["follow-through", "steady-pace"], []), ("ben", ["steady-pace"], []), ("cas", ["steady-pace"], [new Recognition("dan", "steady-pace")]));

        var group = await GroupAsync(teamId, "strengths");

        Assert.Equal(("Strengths map", ResultMeasure.Count, 2), (group.Label, group.Measure, group.Sessions));
        var followThrough = group.Series.Single(s => s.Wording == "Follow-through");
        var steadyPace = group.Series.Single(s => s.Wording == "Steady pace");
        Assert.Equal([3, null], followThrough.Points.Select(p => p.Count));
        Assert.True(followThrough.Points[1].FewerThanThree);
        Assert.Equal([false, false], followThrough.Points.Select(p => p.NewlySeen));
        Assert.Equal([0, 4], steadyPace.Points.Select(p => p.Count));
        Assert.Equal([false, true], steadyPace.Points.Select(p => p.NewlySeen));
    }

    [Fact]
    public async Task Forgetting_a_session_takes_its_points_away_and_forgetting_the_team_takes_everything()
    {
        var teamId = NewTeam();
        var first = await SessionAsync(teamId, "First");
        await DotVoteAsync(first, Statements, [[3, 0, 0], [3, 0, 0], [3, 0, 0]]);
        await DotVoteAsync(await SessionAsync(teamId, "Second"), Statements, [[3, 0, 0], [3, 0, 0], [3, 0, 0]]);

        await Results(teamId).ForgetSession(first.GetPrimaryKeyString()).WaitAsync(Timeout);
        var afterSession = await GroupAsync(teamId, "culture-priorities");
        await Results(teamId).Forget().WaitAsync(Timeout);
        var afterTeam = await Results(teamId).GetResults().WaitAsync(Timeout);

        Assert.Equal(["Second"], afterSession.Series[0].Points.Select(p => p.SessionTitle));
        Assert.Empty(afterTeam);
    }

    [Fact]
    public async Task The_team_s_strengths_as_they_stand_name_people_only_from_a_named_map_and_only_those_who_agreed_to_be_shown()
    {
        var teamId = NewTeam();
        var named = await SessionAsync(teamId, "Named map");
        await StrengthsAsync(named, anonymous: false, ("ana", ["follow-through"], [], true), ("ben", ["follow-through"], [], false), ("cas", ["steady-pace"], [new Recognition("ana", "steady-pace")], true));

        var fromNamed = await Results(teamId).GetStrengths().WaitAsync(Timeout);

        Assert.Equal("Named map", fromNamed.SessionTitle);
        Assert.Equal([("Follow-through", 2, "Ana"), ("Steady pace", 2, "Ana, Cas")], fromNamed.Strengths.Select(s => (s.Name, s.Count ?? -1, string.Join(", ", s.People))));

        fixture.Clock.Advance(TimeSpan.FromDays(30));
        var anonymous = await SessionAsync(teamId, "Anonymous map");
        await StrengthsAsync(anonymous, ("ana", ["follow-through"], []), ("ben", ["follow-through"], []), ("cas", ["follow-through", "steady-pace"], []));
        var fromAnonymous = await Results(teamId).GetStrengths().WaitAsync(Timeout);

        Assert.Equal("Anonymous map", fromAnonymous.SessionTitle);
        Assert.Equal([("Follow-through", 3, false), ("Steady pace", -1, true)], fromAnonymous.Strengths.Select(s => (s.Name, s.Count ?? -1, s.FewerThanThree)));
        Assert.All(fromAnonymous.Strengths, s => Assert.Empty(s.People));
    }

    private Task StrengthsAsync(ISessionGrain session, params (string Person, string[] Mine, Recognition[] Recognitions)[] entries) =>
        StrengthsAsync(session, true, entries.Select(e => (e.Person, e.Mine, e.Recognitions, true)).ToArray());

    private async Task StrengthsAsync(ISessionGrain session, bool anonymous, params (string Person, string[] Mine, Recognition[] Recognitions, bool Shown)[] entries)
    {
        var map = await AddOpenAsync<IStrengthsGrain>(session, new StrengthsSetup("Our strengths", null, null, false, anonymous));
        foreach (var (person, mine, recognitions, shown) in entries)
        {
            var receipt = await map.Submit(person, Guid.NewGuid().ToString("N"), new StrengthsInput(mine, recognitions, shown)).WaitAsync(Timeout);
            Assert.True(receipt.Accepted, receipt.Rejection);
        }

        await OkAsync(map.Steer(new ActivityCommand(ActivityCommands.Close)));
    }

    [Fact]
    public async Task Results_kept_hidden_until_revealed_join_the_teams_results_only_once_revealed()
    {
        var teamId = NewTeam();
        var session = await SessionAsync(teamId, "March retro");
        var vote = await AddOpenAsync<ICulturePrioritiesGrain>(session, new CulturePrioritiesSetup("Priorities", ["We decide together", "Anyone may stop the line"], 3, 3, HideResultsUntilRevealed: true, Anonymous: false));
        foreach (var person in new[] { "ana", "ben", "cas" })
        {
            var receipt = await vote.Submit(person, Guid.NewGuid().ToString("N"), new CulturePrioritiesInput(new Dictionary<string, int> { ["s1"] = 2, ["s2"] = 1 })).WaitAsync(Timeout);
            Assert.True(receipt.Accepted, receipt.Rejection);
        }

        await OkAsync(vote.Steer(new ActivityCommand(ActivityCommands.Close)));
        var whileHidden = await Results(teamId).GetResults().WaitAsync(Timeout);
        await OkAsync(vote.Steer(new ActivityCommand(ActivityCommands.Reveal)));
        var revealed = await Results(teamId).GetResults().WaitAsync(Timeout);

        Assert.Empty(whileHidden);
        Assert.Equal(["We decide together", "Anyone may stop the line"], Assert.Single(revealed).Series.Select(s => s.Wording));
    }
}
