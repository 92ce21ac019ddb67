using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using static AntiLeadership.Live.Tests.Grains.CulturePrioritiesSetups;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// Leadership handed round: who may hand the facilitator role, to whom, what a turn for one activity or
/// for the session allows, when it ends, two facilitators acting at once, and the team's rota.
/// </summary>
public sealed class HandOverTests(MovableClockFixture fixture) : IClassFixture<MovableClockFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private static readonly StepActor Ana = new("key-ana", "Ana");
    private static readonly StepActor Bob = new("key-bob", "Bob");
    private static readonly StepActor Sam = StepActor.Participant("p-sam", "Sam");
    private static readonly StepActor Kim = StepActor.Participant("p-kim", "Kim");

    [Fact]
    public async Task A_turn_for_one_activity_lets_the_participant_open_close_time_and_reveal_it_and_nothing_else()
    {
        await using var room = await RoomAsync("One", "Two", "Three");
        await OkAsync(room.Session.HandOver(new RoleHandOver(Sam.Id, room.Ids[0]), Ana));

        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Open, room.Ids[0]), Sam));
        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.StartTimer, Seconds: 120), Sam));
        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Close, room.Ids[0]), Sam));
        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Reveal, room.Ids[0]), Sam));
        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Undo), Sam));
        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Redo), Sam));
        var stage = (await Vote(room.Ids[0]).GetVoteView().WaitAsync(Timeout)).Stage;
        var before = await room.Session.GetView().WaitAsync(Timeout);
        var outside = new[]
        {
            await room.Session.Steer(new AgendaCommand(AgendaCommands.Open, room.Ids[1]), Sam),
            await room.Session.Steer(new AgendaCommand(AgendaCommands.Show, room.Ids[2]), Sam),
            await room.Session.Steer(new AgendaCommand(AgendaCommands.Move, room.Ids[0], Position: 2), Sam),
            await room.Session.Steer(new AgendaCommand(AgendaCommands.Remove, room.Ids[1]), Sam),
            await room.Session.Steer(new AgendaCommand(AgendaCommands.Duplicate, room.Ids[0]), Sam),
            await room.Session.SteerActivity(room.Ids[1], new ActivityCommand(ActivityCommands.RaiseAnonymity), Sam),
        };
        var after = await room.Session.GetView().WaitAsync(Timeout);

        Assert.Equal(ActivityStatus.Closed, stage.Status);
        Assert.True(stage.Revealed);
        Assert.All(outside, o => Assert.False(o.Succeeded));
        Assert.StartsWith("Your turn is “One”", outside[0].Rejection);
        Assert.Equal(RoleGrant.NotHanded, outside[5].Rejection);
        Assert.Equal(before.StepVersion, after.StepVersion);
        Assert.Equal(before.Activities, after.Activities);
        Assert.Equal(ActivityStatus.NotOpened, (await Vote(room.Ids[1]).GetVoteView().WaitAsync(Timeout)).Stage.Status);
    }

    [Fact]
    public async Task A_turn_for_one_activity_ends_when_its_holder_moves_on_to_the_next_and_stops_working_at_once()
    {
        await using var room = await RoomAsync("One", "Two");
        await OkAsync(room.Session.HandOver(new RoleHandOver(Sam.Id, room.Ids[0]), Ana));
        var during = await room.Session.GetView().WaitAsync(Timeout);

        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Show, room.Ids[1], ExpectedVersion: during.StepVersion), Sam));
        var moved = await room.Session.GetView().WaitAsync(Timeout);
        var late = await room.Session.Steer(new AgendaCommand(AgendaCommands.Show, room.Ids[0]), Sam);
        var late2 = await room.Session.Steer(new AgendaCommand(AgendaCommands.Open, room.Ids[1]), Sam);
        var facilitatorLate = await room.Session.Steer(new AgendaCommand(AgendaCommands.Remove, room.Ids[1], ExpectedVersion: during.StepVersion), Ana);
        var rota = await RotaAsync(room, r => r.Count == 1 && r[0].Until is not null);

        Assert.Equal(new RoleGrant(during.Grant!.GrantId, Sam.Id, "Sam", room.Ids[0], "One", during.Grant.Since, "Ana"), during.Grant);
        Assert.Equal("Sam", during.Facilitating);
        Assert.Equal(room.Ids[1], moved.CurrentActivityId);
        Assert.Null(moved.Grant);
        Assert.Equal("Ana", moved.Facilitating);
        Assert.Equal(RoleGrant.NotHanded, late.Rejection);
        Assert.Equal(RoleGrant.NotHanded, late2.Rejection);
        Assert.Equal("Sam just put “Two” on the screens. Look at the agenda again, then try once more.", facilitatorLate.Rejection);
        Assert.Equal(("Sam", "One", "Day 1", "Ana"), (rota[0].Name, rota[0].ActivityTitle, rota[0].SessionTitle, rota[0].GivenBy));
    }

    [Fact]
    public async Task A_turn_for_an_activity_not_yet_on_screen_waits_for_it_and_ends_when_the_screens_leave_it()
    {
        await using var room = await RoomAsync("One", "Two", "Three");
        await OkAsync(room.Session.HandOver(new RoleHandOver(Sam.Id, room.Ids[1]), Ana));
        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Open, room.Ids[0]), Ana));
        var waiting = await room.Session.GetView().WaitAsync(Timeout);

        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Show, room.Ids[1]), Sam));
        var begun = await room.Session.GetView().WaitAsync(Timeout);
        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Show, room.Ids[2]), Ana));
        var ended = await room.Session.GetView().WaitAsync(Timeout);
        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Undo), Ana));
        var back = await room.Session.GetView().WaitAsync(Timeout);

        Assert.Equal(Sam.Id, waiting.Grant?.ParticipantId);
        Assert.Equal("Ana", waiting.Facilitating);
        Assert.Equal("Sam", begun.Facilitating);
        Assert.Null(ended.Grant);
        Assert.Equal(room.Ids[1], back.CurrentActivityId);
        Assert.Null(back.Grant); // an ended turn is handed out again by a facilitator, not by an undo
    }

    [Fact]
    public async Task A_turn_for_the_session_allows_every_step_until_a_facilitator_takes_it_back()
    {
        await using var room = await RoomAsync("One", "Two", "Three");
        await OkAsync(room.Session.HandOver(new RoleHandOver(Sam.Id), Ana));

        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Show, room.Ids[1]), Sam));
        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Move, room.Ids[2], Position: 0), Sam));
        await OkAsync(room.Session.Steer(new AgendaCommand(AgendaCommands.Undo), Sam));
        await OkAsync(room.Session.SteerActivity(room.Ids[2], new ActivityCommand(ActivityCommands.Open), Sam));
        var during = await room.Session.GetView().WaitAsync(Timeout);
        await OkAsync(room.Session.TakeBack(during.StepVersion, Bob));
        var refused = await room.Session.Steer(new AgendaCommand(AgendaCommands.Show, room.Ids[0]), Sam);
        var after = await room.Session.GetView().WaitAsync(Timeout);
        var rota = await RotaAsync(room, r => r.Count == 1 && r[0].Until is not null);

        Assert.Equal("Sam", during.Facilitating);
        Assert.Equal(room.Ids, during.Activities.Select(a => a.ActivityId));
        Assert.Equal(ActivityStatus.Open, (await Vote(room.Ids[2]).GetVoteView().WaitAsync(Timeout)).Stage.Status);
        Assert.Equal(RoleGrant.NotHanded, refused.Rejection);
        Assert.Null(after.Grant);
        Assert.Equal("Bob", after.Facilitating);
        Assert.Equal(room.Ids[1], after.CurrentActivityId);
        Assert.Null(rota[0].ActivityTitle);
        Assert.True(rota[0].Until >= rota[0].From);
    }

    [Fact]
    public async Task Participants_can_never_hand_the_role_out_nor_end_someone_elses_turn_but_can_hand_their_own_back()
    {
        await using var room = await RoomAsync("One");
        var grab = await room.Session.HandOver(new RoleHandOver(Kim.Id), Kim);
        var withoutTurn = await room.Session.Steer(new AgendaCommand(AgendaCommands.Open, room.Ids[0]), Kim);
        await OkAsync(room.Session.HandOver(new RoleHandOver(Sam.Id), Ana));
        var passOn = await room.Session.HandOver(new RoleHandOver(Kim.Id), Sam);
        var endOthers = await room.Session.TakeBack(null, Kim);
        var still = await room.Session.GetView().WaitAsync(Timeout);

        await OkAsync(room.Session.TakeBack(null, Sam));
        var handedBack = await room.Session.GetView().WaitAsync(Timeout);

        Assert.Equal("Only a facilitator can hand the facilitator role to someone.", grab.Rejection);
        Assert.Equal(RoleGrant.NotHanded, withoutTurn.Rejection);
        Assert.Equal("Only a facilitator can hand the facilitator role to someone.", passOn.Rejection);
        Assert.Equal(RoleGrant.NotHanded, endOthers.Rejection);
        Assert.Equal(Sam.Id, still.Grant?.ParticipantId);
        Assert.Null(handedBack.Grant);
        Assert.Equal("Ana", handedBack.Facilitating);
    }

    [Fact]
    public async Task The_role_goes_only_to_someone_who_joined_the_session_and_whose_phone_is_here()
    {
        await using var room = await RoomAsync("One");
        Assert.True((await room.Session.Join("p-lee", "Lee").WaitAsync(Timeout)).Succeeded);

        var stranger = await room.Session.HandOver(new RoleHandOver("p-nobody"), Ana);
        var away = await room.Session.HandOver(new RoleHandOver("p-lee"), Ana);
        var offAgenda = await room.Session.HandOver(new RoleHandOver(Sam.Id, "not-on-the-agenda"), Ana);
        var view = await room.Session.GetView().WaitAsync(Timeout);

        Assert.Equal("That person has not joined this session.", stranger.Rejection);
        Assert.Equal("Lee’s phone is not connected right now. Hand the role to someone whose phone is here.", away.Rejection);
        Assert.Equal("That activity is not on this session's agenda.", offAgenda.Rejection);
        Assert.Null(view.Grant);
    }

    [Fact]
    public async Task Two_facilitators_at_once_a_hand_over_or_take_back_made_on_an_older_picture_is_refused_naming_who_moved()
    {
        await using var room = await RoomAsync("One", "Two");
        var seen = (await room.Session.GetView().WaitAsync(Timeout)).StepVersion;

        await OkAsync(room.Session.HandOver(new RoleHandOver(Sam.Id, room.Ids[0], seen), Ana));
        var secondHandOver = await room.Session.HandOver(new RoleHandOver(Kim.Id, null, seen), Bob);
        var staleTakeBack = await room.Session.TakeBack(seen, Bob);
        var handed = await room.Session.GetView().WaitAsync(Timeout);
        await OkAsync(room.Session.HandOver(new RoleHandOver(Kim.Id, null, handed.StepVersion), Bob));
        var samLate = await room.Session.Steer(new AgendaCommand(AgendaCommands.Open, room.Ids[0]), Sam);
        var rota = await RotaAsync(room, r => r.Count == 2 && r.Any(e => e.Until is not null));

        Assert.Equal("Ana just handed the facilitator role to Sam for “One”. Look at the agenda again, then try once more.", secondHandOver.Rejection);
        Assert.Equal(secondHandOver.Rejection, staleTakeBack.Rejection);
        Assert.Equal(Sam.Id, handed.Grant?.ParticipantId);
        Assert.Equal(RoleGrant.NotHanded, samLate.Rejection);
        Assert.Equal(["Sam", "Kim"], rota.Select(e => e.Name));
        Assert.NotNull(rota[0].Until);
        Assert.Null(rota[1].Until);
    }

    [Fact]
    public async Task A_participant_removed_from_the_team_loses_their_turn_with_their_credential()
    {
        await using var room = await RoomAsync("One");
        await OkAsync(room.Session.HandOver(new RoleHandOver(Sam.Id), Ana));

        await room.Session.Revoke(new CredentialRevocation(room.TeamId, [Sam.Id], [], "You were removed.")).WaitAsync(Timeout);
        var view = await room.Session.GetView().WaitAsync(Timeout);
        var rota = await RotaAsync(room, r => r.Count == 1 && r[0].Until is not null);

        Assert.Null(view.Grant);
        Assert.Equal("Sam", rota[0].Name);
    }

    private ICulturePrioritiesGrain Vote(string activityId) => fixture.Grains.GetGrain<ICulturePrioritiesGrain>(activityId);

    private static async Task OkAsync(Task<CommandOutcome> command)
    {
        var outcome = await command.WaitAsync(Timeout);
        Assert.True(outcome.Succeeded, outcome.Rejection);
    }

    private Task<IReadOnlyList<RotaEntry>> RotaAsync(Room room, Func<IReadOnlyList<RotaEntry>, bool> done) =>
        Infrastructure.Eventually.ReturnsAsync(() => fixture.Grains.GetGrain<ITeamRotaGrain>(room.TeamId).GetRota(), done, "the team's rota");

    /// <summary>A session with activities, Sam and Kim joined with their phones connected (a web node reports them present), Lee joined later.</summary>
    private async Task<Room> RoomAsync(params string[] titles)
    {
        var teamId = "team-" + Guid.NewGuid().ToString("N");
        var session = fixture.Grains.GetGrain<ISessionGrain>("s-" + Guid.NewGuid().ToString("N"));
        await OkAsync(session.Open(new SessionOpening(teamId, "Team", "Day 1", "123456")));
        var ids = new List<string>();
        foreach (var title in titles)
        {
            var id = NewActivityId();
            await OkAsync(session.AddActivity(id, Standard(hidden: true) with { Title = title }));
            ids.Add(id);
        }

        await OkAsync(session.Join(Sam.Id, "Sam"));
        await OkAsync(session.Join(Kim.Id, "Kim"));
        var node = new QuietNode();
        var reference = fixture.Grains.CreateObjectReference<ISessionObserver>(node);
        await session.Attach("node-1", reference, [Sam.Id, Kim.Id]).WaitAsync(Timeout);
        return new Room(teamId, session, [.. ids], node, () => fixture.Grains.DeleteObjectReference<ISessionObserver>(reference));
    }

    private sealed record Room(string TeamId, ISessionGrain Session, string[] Ids, QuietNode Node, Action Release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Session.Detach("node-1").WaitAsync(Timeout);
            Release();
        }
    }

    /// <summary>A web node that reports who is connected and ignores what it is sent.</summary>
    private sealed class QuietNode : ISessionObserver
    {
        public Task SessionChanged(SessionView view) => Task.CompletedTask;

        public Task ActivityChanged(ActivityView view) => Task.CompletedTask;

        public Task ContributionsChanged(string activityId, IReadOnlyDictionary<string, Contribution> contributions) => Task.CompletedTask;

        public Task CredentialsRevoked(CredentialRevocation revocation) => Task.CompletedTask;
    }
}
