using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;
using static AntiLeadership.Live.Tests.Grains.CulturePrioritiesSetups;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>The agenda's steps, their undo and redo, and two facilitators acting on the same picture.</summary>
public sealed class AgendaStepsTests(MovableClockFixture fixture) : IClassFixture<MovableClockFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly StepActor Sam = new("key-sam", "Sam");
    private static readonly StepActor Ana = new("key-ana", "Ana");

    [Fact]
    public async Task Moving_copying_and_removing_items_change_the_agenda_and_undo_takes_each_back_in_turn()
    {
        var (session, ids) = await SessionWithAsync("Warm-up", "Culture", "Close");

        await StepAsync(session, new AgendaCommand(AgendaCommands.Move, ids[2], Position: 0));
        await StepAsync(session, new AgendaCommand(AgendaCommands.Duplicate, ids[1]));
        await StepAsync(session, new AgendaCommand(AgendaCommands.Remove, ids[0]));
        var changed = await session.GetView().WaitAsync(Timeout);

        Assert.Equal(["Close", "Culture", "Culture"], changed.Activities.Select(a => a.Title));
        Assert.Equal("remove “Warm-up”", changed.UndoLabel);

        await StepAsync(session, new AgendaCommand(AgendaCommands.Undo));
        Assert.Equal(["Close", "Warm-up", "Culture", "Culture"], await TitlesAsync(session));
        await StepAsync(session, new AgendaCommand(AgendaCommands.Undo));
        Assert.Equal(["Close", "Warm-up", "Culture"], await TitlesAsync(session));
        await StepAsync(session, new AgendaCommand(AgendaCommands.Undo));
        Assert.Equal(["Warm-up", "Culture", "Close"], await TitlesAsync(session));
        Assert.Equal(ids, (await session.GetView().WaitAsync(Timeout)).Activities.Select(a => a.ActivityId));
    }

    [Fact]
    public async Task A_copy_is_set_up_like_its_original_with_nothing_in_it()
    {
        var (session, ids) = await SessionWithAsync("Culture");
        await Grain(ids[0]).Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout);
        await Grain(ids[0]).CastDots("ana", "a-1", Dots(("s1", 2))).WaitAsync(Timeout);

        await StepAsync(session, new AgendaCommand(AgendaCommands.Duplicate, ids[0]));
        var copyId = (await session.GetView().WaitAsync(Timeout)).Activities[1].ActivityId;
        var copy = await Grain(copyId).GetVoteView().WaitAsync(Timeout);
        var original = await Grain(ids[0]).GetVoteView().WaitAsync(Timeout);

        Assert.NotEqual(ids[0], copyId);
        Assert.Equal(original.Statements.Select(s => s.Text), copy.Statements.Select(s => s.Text));
        Assert.Equal(ActivityStatus.NotOpened, copy.Stage.Status);
        Assert.Equal(0, copy.Stage.Contributors);
        Assert.Equal(1, original.Stage.Contributors);
    }

    [Fact]
    public async Task Removing_an_activity_with_votes_keeps_them_and_undo_brings_it_back_on_screen()
    {
        var (session, ids) = await SessionWithAsync("Culture", "Next");
        await Grain(ids[0]).Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout);
        await Grain(ids[0]).CastDots("ana", "a-1", Dots(("s1", 2))).WaitAsync(Timeout);

        await StepAsync(session, new AgendaCommand(AgendaCommands.Remove, ids[0]));
        var removed = await session.GetView().WaitAsync(Timeout);
        await StepAsync(session, new AgendaCommand(AgendaCommands.Undo));
        var back = await session.GetView().WaitAsync(Timeout);

        Assert.Equal(ids[1], removed.CurrentActivityId);
        Assert.Equal(ids, back.Activities.Select(a => a.ActivityId));
        Assert.Equal(ids[0], back.CurrentActivityId);
        Assert.Equal(1, (await Grain(ids[0]).GetVoteView().WaitAsync(Timeout)).Stage.Contributors);
    }

    [Fact]
    public async Task Undo_reaches_back_ten_steps_of_every_sort_and_redo_takes_them_again()
    {
        var (session, ids) = await SessionWithAsync("One", "Two", "Three");
        var vote = Grain(ids[0]);
        await vote.Steer(new ActivityCommand(ActivityCommands.Open)).WaitAsync(Timeout);
        var steps = new[]
        {
            new AgendaCommand(AgendaCommands.StartTimer, Seconds: 300),
            new AgendaCommand(AgendaCommands.AddTime, Seconds: 60),
            new AgendaCommand(AgendaCommands.PauseTimer),
            new AgendaCommand(AgendaCommands.ResumeTimer),
            new AgendaCommand(AgendaCommands.Close, ids[0]),
            new AgendaCommand(AgendaCommands.Reveal, ids[0]),
            new AgendaCommand(AgendaCommands.Show, ids[1]),
            new AgendaCommand(AgendaCommands.Show, ids[2]),
            new AgendaCommand(AgendaCommands.Move, ids[2], Position: 0),
            new AgendaCommand(AgendaCommands.Remove, ids[1]),
        };
        var pictures = new List<string>();
        foreach (var step in steps)
        {
            pictures.Add(await PictureAsync(session, vote));
            await StepAsync(session, step);
        }

        var end = await PictureAsync(session, vote);
        for (var i = steps.Length - 1; i >= 0; i--)
        {
            await StepAsync(session, new AgendaCommand(AgendaCommands.Undo));
            Assert.Equal(pictures[i], await PictureAsync(session, vote));
        }

        var nothing = await session.Steer(new AgendaCommand(AgendaCommands.Undo), Sam).WaitAsync(Timeout);
        for (var i = 0; i < steps.Length; i++)
        {
            await StepAsync(session, new AgendaCommand(AgendaCommands.Redo));
        }

        Assert.Equal("There is nothing to undo.", nothing.Rejection);
        Assert.Equal(end, await PictureAsync(session, vote));
    }

    [Fact]
    public async Task A_step_timer_is_an_end_time_that_pauses_gains_a_minute_and_closes_the_activity_when_it_runs_out()
    {
        var (session, ids) = await SessionWithAsync("Culture");
        var start = fixture.Clock.GetUtcNow();

        await StepAsync(session, new AgendaCommand(AgendaCommands.StartTimer, Seconds: 120));
        fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        await StepAsync(session, new AgendaCommand(AgendaCommands.PauseTimer));
        var paused = (await session.GetView().WaitAsync(Timeout)).Timer;
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var stillOpen = await Grain(ids[0]).GetVoteView().WaitAsync(Timeout);
        await StepAsync(session, new AgendaCommand(AgendaCommands.ResumeTimer));
        await StepAsync(session, new AgendaCommand(AgendaCommands.AddTime));
        var resumed = (await session.GetView().WaitAsync(Timeout)).Timer;
        fixture.Clock.Advance(TimeSpan.FromSeconds(151));
        var closed = await Eventually.ReturnsAsync(() => Grain(ids[0]).GetVoteView(), v => v.Stage.Status == ActivityStatus.Closed, "the timer to close the vote");

        Assert.Equal(new StepTimer(ids[0], null, 90), paused);
        Assert.Equal(ActivityStatus.Open, stillOpen.Stage.Status);
        Assert.Equal(start.AddSeconds(30 + 600 + 150), resumed!.EndsAt);
        Assert.Equal(resumed.EndsAt, closed.Stage.ClosesAt);
    }

    [Fact]
    public async Task Closing_before_the_time_is_up_takes_the_timer_away_and_undo_reopens_with_the_same_end_time()
    {
        var (session, ids) = await SessionWithAsync("Culture");
        await StepAsync(session, new AgendaCommand(AgendaCommands.StartTimer, Seconds: 300));
        var timer = (await session.GetView().WaitAsync(Timeout)).Timer;

        await StepAsync(session, new AgendaCommand(AgendaCommands.Close, ids[0]));
        var closed = await session.GetView().WaitAsync(Timeout);
        await StepAsync(session, new AgendaCommand(AgendaCommands.Undo));
        var reopened = await session.GetView().WaitAsync(Timeout);
        var stage = (await Grain(ids[0]).GetVoteView().WaitAsync(Timeout)).Stage;

        Assert.Null(closed.Timer);
        Assert.Equal(timer, reopened.Timer);
        Assert.Equal(ActivityStatus.Open, stage.Status);
        Assert.Equal(timer!.EndsAt, stage.ClosesAt);
    }

    [Fact]
    public async Task A_command_made_on_an_older_picture_is_refused_with_who_moved_on_and_changes_nothing()
    {
        var (session, ids) = await SessionWithAsync("One", "Two", "Three");
        var seen = (await session.GetView().WaitAsync(Timeout)).StepVersion;

        var first = await session.Steer(new AgendaCommand(AgendaCommands.Show, ids[1], ExpectedVersion: seen), Sam).WaitAsync(Timeout);
        var second = await session.Steer(new AgendaCommand(AgendaCommands.Show, ids[2], ExpectedVersion: seen), Ana).WaitAsync(Timeout);
        var view = await session.GetView().WaitAsync(Timeout);

        Assert.True(first.Succeeded);
        Assert.Equal("Sam just put “Two” on the screens. Look at the agenda again, then try once more.", second.Rejection);
        Assert.Equal(ids[1], view.CurrentActivityId);
        Assert.Equal(seen + 1, view.StepVersion);
    }

    [Fact]
    public async Task The_same_facilitators_quick_second_click_is_not_refused_for_beating_the_update_of_their_first()
    {
        var (session, ids) = await SessionWithAsync("One", "Two", "Three");
        var seen = (await session.GetView().WaitAsync(Timeout)).StepVersion;

        var first = await session.Steer(new AgendaCommand(AgendaCommands.Show, ids[1], ExpectedVersion: seen), Sam).WaitAsync(Timeout);
        var second = await session.Steer(new AgendaCommand(AgendaCommands.Show, ids[2], ExpectedVersion: seen), Sam).WaitAsync(Timeout);

        Assert.True(first.Succeeded && second.Succeeded, second.Rejection);
        Assert.Equal(ids[2], (await session.GetView().WaitAsync(Timeout)).CurrentActivityId);
    }

    [Fact]
    public async Task Two_facilitators_pressing_at_once_on_the_same_picture_get_one_step_and_one_refusal()
    {
        var (session, ids) = await SessionWithAsync("One", "Two", "Three");
        var seen = (await session.GetView().WaitAsync(Timeout)).StepVersion;

        var outcomes = await Task.WhenAll(
            session.Steer(new AgendaCommand(AgendaCommands.Remove, ids[0], ExpectedVersion: seen), Sam),
            session.Steer(new AgendaCommand(AgendaCommands.Move, ids[0], Position: 2, ExpectedVersion: seen), Ana)).WaitAsync(Timeout);
        var view = await session.GetView().WaitAsync(Timeout);

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Single(outcomes, o => !o.Succeeded && o.Rejection!.Contains("just", StringComparison.Ordinal));
        Assert.Equal(seen + 1, view.StepVersion);
    }

    [Fact]
    public async Task Bad_agenda_commands_are_refused_with_a_reason_and_change_nothing()
    {
        var (session, ids) = await SessionWithAsync("One", "Two");
        var before = await session.GetView().WaitAsync(Timeout);

        var refusals = new[]
        {
            await session.Steer(new AgendaCommand("jump"), Sam),
            await session.Steer(new AgendaCommand(AgendaCommands.Show, "not-on-the-agenda"), Sam),
            await session.Steer(new AgendaCommand(AgendaCommands.Move, ids[0], Position: 5), Sam),
            await session.Steer(new AgendaCommand(AgendaCommands.StartTimer, Seconds: 3601), Sam),
            await session.Steer(new AgendaCommand(AgendaCommands.PauseTimer), Sam),
            await session.Steer(new AgendaCommand(AgendaCommands.Redo), Sam),
        };
        var after = await session.GetView().WaitAsync(Timeout);

        Assert.All(refusals, r => Assert.False(string.IsNullOrEmpty(r.Rejection)));
        Assert.Equal("Choose a place from 1 to 2.", refusals[2].Rejection);
        Assert.Equal(before.StepVersion, after.StepVersion);
        Assert.Equal(before.Activities, after.Activities);
    }

    private ICulturePrioritiesGrain Grain(string activityId) => fixture.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);

    private async Task<(ISessionGrain Session, string[] Ids)> SessionWithAsync(params string[] titles)
    {
        var sessionId = "s-" + Guid.NewGuid().ToString("N");
        var session = fixture.Grains.GetGrain<ISessionGrain>(sessionId);
        Assert.True((await session.Open(new SessionOpening("team-1", "Team", "Day 1", "123456")).WaitAsync(Timeout)).Succeeded);
        var ids = new List<string>();
        foreach (var title in titles)
        {
            var id = NewActivityId();
            var outcome = await session.AddActivity(id, Standard(hidden: true) with { Title = title }).WaitAsync(Timeout);
            Assert.True(outcome.Succeeded, outcome.Rejection);
            ids.Add(id);
        }

        return (session, ids.ToArray());
    }

    private static async Task StepAsync(ISessionGrain session, AgendaCommand command)
    {
        var outcome = await session.Steer(command, Sam).WaitAsync(Timeout);
        Assert.True(outcome.Succeeded, $"{command.Name}: {outcome.Rejection}");
    }

    private static async Task<string[]> TitlesAsync(ISessionGrain session) =>
        (await session.GetView().WaitAsync(Timeout)).Activities.Select(a => a.Title).ToArray();

    /// <summary>Everything a step changes: agenda order, what is on screen, the timer, and the first activity's stage.</summary>
    private static async Task<string> PictureAsync(ISessionGrain session, ICulturePrioritiesGrain vote)
    {
        var view = await session.GetView().WaitAsync(Timeout);
        var stage = (await vote.GetVoteView().WaitAsync(Timeout)).Stage;
        return string.Join(" | ", string.Join(",", view.Activities.Select(a => a.Title)), view.CurrentActivityId, view.Timer, stage.Status, stage.Revealed);
    }
}
