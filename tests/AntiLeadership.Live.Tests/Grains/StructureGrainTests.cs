using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Structures;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Tests.Infrastructure;
using Orleans.Core.Internal;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>Guided Liberating Structures: steps and their stored times, private writing, groups from who is present, picks carried forward, marks.</summary>
public sealed class StructureGrainTests(MovableClockFixture fixture) : IClassFixture<MovableClockFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task One_two_four_all_with_seven_and_a_late_joiner_pairs_everyone_carries_picks_into_fours_and_harvests_them()
    {
        var room = await RoomAsync(StructureNames.OneTwoFourAll, 7);
        await room.StepAsync(StructureCommands.NextStep);
        foreach (var person in room.People)
        {
            await room.SubmitAsync(person, new StructureInput(StructureActions.Write, $"Idea of {person}"));
        }

        var alone = await room.ViewAsync();
        Assert.Equal(7, alone.EntriesPerStep[0]);
        Assert.Empty(alone.Entries!);

        await room.StepAsync(StructureCommands.NextStep);
        var pairs = await room.GroupsAsync();
        Assert.Equal([2, 2, 3], pairs.Values.GroupBy(g => g.Number).Select(g => g.Count()).Order());
        var someone = room.People[0];
        Assert.Equal(pairs.Count(p => p.Value.Number == pairs[someone].Number) - 1, pairs[someone].Partners.Count);
        Assert.All(pairs, p => Assert.Equal(p.Value.Partners.Count + 1, p.Value.Candidates.Count));

        // Someone arrives late: they are added to a group without anyone else moving.
        var late = await room.ArriveAsync("Zoe");
        await room.SubmitAsync(late, new StructureInput(StructureActions.Join));
        var withLate = await room.GroupsAsync();
        Assert.Equal(8, withLate.Count);
        Assert.All(room.People.Except([late]), p => Assert.Equal(pairs[p].Number, withLate[p].Number));

        // Each pair picks one of its members' ideas; the fours choose from those picks.
        foreach (var group in withLate.GroupBy(g => g.Value.Number))
        {
            await room.SubmitAsync(group.First().Key, new StructureInput(StructureActions.Pick, EntryId: group.First().Value.Candidates[0].EntryId));
        }

        await room.StepAsync(StructureCommands.NextStep);
        var fours = await room.GroupsAsync();
        Assert.Equal(8, fours.Count);
        Assert.All(fours.Values.GroupBy(g => g.Number), g => Assert.InRange(g.Count(), 3, 5));
        Assert.All(fours.Values, g => Assert.All(g.Candidates, c => Assert.Equal(1, c.Step)));
        foreach (var group in fours.GroupBy(g => g.Value.Number))
        {
            await room.SubmitAsync(group.First().Key, new StructureInput(StructureActions.Pick, EntryId: group.First().Value.Candidates[0].EntryId));
        }

        await room.StepAsync(StructureCommands.NextStep);
        var all = await room.ViewAsync();
        Assert.Equal(3, all.StepIndex);
        Assert.Equal(fours.Values.Select(g => g.Number).Distinct().Count(), all.Harvest!.Count);
        Assert.All(all.Harvest, h => Assert.StartsWith("Idea of ", h.Text));
        Assert.Null((await room.ContributionAsync(someone)).Group);
    }

    [Fact]
    public async Task A_restart_in_the_middle_resumes_at_the_same_step_with_the_same_end_time_and_groups()
    {
        var room = await RoomAsync(StructureNames.OneTwoFourAll, 4);
        await room.StepAsync(StructureCommands.NextStep);
        await room.StepAsync(StructureCommands.NextStep);
        await room.StepAsync(StructureCommands.StepTime, 60);
        var before = await room.ViewAsync();
        var groups = await room.GroupsAsync();

        await room.Grain.Cast<IGrainManagementExtension>().DeactivateOnIdle().AsTask().WaitAsync(Timeout);
        fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        var after = await room.ViewAsync();

        Assert.Equal(1, after.StepIndex);
        Assert.Equal(before.StepEndsAt, after.StepEndsAt);
        Assert.Equal(fixture.Clock.GetUtcNow().AddSeconds(150), after.StepEndsAt);
        Assert.Equal(groups.ToDictionary(g => g.Key, g => g.Value.Number), (await room.GroupsAsync()).ToDictionary(g => g.Key, g => g.Value.Number));
    }

    [Fact]
    public async Task Triz_lists_on_the_board_as_they_come_and_marks_under_three_are_not_counted_in_an_anonymous_room()
    {
        var room = await RoomAsync(StructureNames.Triz, 4);
        await room.StepAsync(StructureCommands.NextStep);
        await room.SubmitAsync(room.People[0], new StructureInput(StructureActions.Write, "Decide everything alone"));
        await room.SubmitAsync(room.People[1], new StructureInput(StructureActions.Write, "Never ask for help"));
        var listed = await room.ViewAsync();
        Assert.Equal(["Decide everything alone", "Never ask for help"], listed.Entries!.Select(e => e.Text).Order());

        await room.StepAsync(StructureCommands.NextStep);
        var alone = listed.Entries!.Single(e => e.Text == "Decide everything alone").EntryId;
        var help = listed.Entries!.Single(e => e.Text == "Never ask for help").EntryId;
        foreach (var person in room.People.Take(3))
        {
            await room.SubmitAsync(person, new StructureInput(StructureActions.Mark, EntryId: alone, On: true));
        }

        await room.SubmitAsync(room.People[3], new StructureInput(StructureActions.Mark, EntryId: help, On: true));
        var marked = await room.ViewAsync();
        var refused = await room.Grain.Submit(room.People[0], "write-in-mark", new StructureInput(StructureActions.Write, "Not now")).WaitAsync(Timeout);

        Assert.Equal(3, marked.Entries!.Single(e => e.EntryId == alone).Marks);
        Assert.Null(marked.Entries!.Single(e => e.EntryId == help).Marks);
        Assert.True(marked.Entries!.Single(e => e.EntryId == help).FewerThanThree);
        Assert.Equal("This step is for talking, not writing.", refused.Rejection);
    }

    [Fact]
    public async Task Impromptu_networking_gives_six_people_new_partners_in_each_of_three_rounds()
    {
        var room = await RoomAsync(StructureNames.ImpromptuNetworking, 6);
        var met = new HashSet<(string, string)>();
        for (var round = 0; round < 3; round++)
        {
            await room.StepAsync(StructureCommands.NextStep);
            var groups = await room.GroupsAsync();
            foreach (var pair in groups.GroupBy(g => g.Value.Number).Select(g => g.Select(x => x.Key).Order().ToArray()))
            {
                Assert.Equal(2, pair.Length);
                Assert.True(met.Add((pair[0], pair[1])), $"{pair[0]} and {pair[1]} met twice");
            }
        }
    }

    [Fact]
    public async Task Fifteen_percent_solutions_stay_private_until_shared_and_then_one_is_kept_for_the_teams_plan()
    {
        var room = await RoomAsync(StructureNames.FifteenPercent, 3, team: "team-15-" + Guid.NewGuid().ToString("N"));
        await room.StepAsync(StructureCommands.NextStep);
        await room.SubmitAsync(room.People[0], new StructureInput(StructureActions.Write, "Ask one quiet colleague first in every meeting"));
        var entryId = (await room.ContributionAsync(room.People[0])).Entries[0].EntryId;
        var tooEarly = await room.Grain.Steer(new ActivityCommand(StructureCommands.Keep, Target: entryId)).WaitAsync(Timeout);
        var whileWriting = await room.ViewAsync();

        await room.StepAsync(StructureCommands.NextStep);
        var shared = await room.ViewAsync();
        await room.StepAsync(StructureCommands.Keep, target: entryId);
        await room.StepAsync(StructureCommands.Keep, target: entryId);
        var shortlist = await fixture.Grains.GetGrain<Programme.ITeamShortlistGrain>(room.Team).GetShortlist().WaitAsync(Timeout);

        Assert.Equal("Only what the room can see can be kept.", tooEarly.Rejection);
        Assert.Empty(whileWriting.Entries!);
        Assert.Equal(["Ask one quiet colleague first in every meeting"], shared.Entries!.Select(e => e.Text));
        Assert.Equal([entryId], (await room.ViewAsync()).Kept);
        Assert.Equal(["Ask one quiet colleague first in every meeting"], shortlist.Select(i => i.Text));
    }

    [Fact]
    public async Task Moving_between_steps_and_their_time_follow_the_facilitators_commands_and_bad_ones_change_nothing()
    {
        var room = await RoomAsync(StructureNames.WhatSoWhatNowWhat, 3);
        var early = await room.Grain.Steer(new ActivityCommand(StructureCommands.PreviousStep)).WaitAsync(Timeout);
        await room.StepAsync(StructureCommands.NextStep);
        var started = fixture.Clock.GetUtcNow();
        await room.StepAsync(StructureCommands.StepTime, -120);
        var shortened = await room.ViewAsync();
        await room.StepAsync(StructureCommands.NextStep);
        await room.StepAsync(StructureCommands.NextStep);
        await room.StepAsync(StructureCommands.NextStep);
        var finished = await room.ViewAsync();
        var beyond = await room.Grain.Steer(new ActivityCommand(StructureCommands.NextStep)).WaitAsync(Timeout);
        var tooLong = await room.Grain.Steer(new ActivityCommand(StructureCommands.StepTime, 3601)).WaitAsync(Timeout);

        Assert.Equal("This is the first step.", early.Rejection);
        Assert.Equal(started.AddMinutes(3), shortened.StepEndsAt);
        Assert.Equal(3, finished.StepIndex);
        Assert.Equal(ActivityStatus.Closed, finished.Stage.Status);
        Assert.NotNull(beyond.Rejection);
        Assert.NotNull(tooLong.Rejection);
    }

    private async Task<StructureRoom> RoomAsync(string structure, int people, string team = "team-1")
    {
        var session = fixture.Grains.GetGrain<ISessionGrain>("s-" + Guid.NewGuid().ToString("N"));
        await session.Open(new SessionOpening(team, "Team", "Day 2", "654321")).WaitAsync(Timeout);
        var room = new StructureRoom(session, fixture.Grains.CreateObjectReference<ISessionObserver>(new SilentNode())) { Team = team };
        for (var i = 0; i < people; i++)
        {
            await room.ArriveAsync($"Person {i + 1}");
        }

        var activityId = "act-" + Guid.NewGuid().ToString("N");
        var added = await session.AddActivity(activityId, new StructureSetup("Together", structure, "How might we share leadership?")).WaitAsync(Timeout);
        Assert.True(added.Succeeded, added.Rejection);
        room.Grain = fixture.Grains.GetGrain<IStructureGrain>(activityId);
        return room;
    }

    private sealed class StructureRoom(ISessionGrain session, ISessionObserver node)
    {
        public List<string> People { get; } = [];

        public IStructureGrain Grain { get; set; } = null!;

        public string Team { get; init; } = "";

        public async Task<string> ArriveAsync(string name)
        {
            var id = "p-" + Guid.NewGuid().ToString("N")[..8];
            Assert.True((await session.Join(id, name).WaitAsync(Timeout)).Succeeded);
            People.Add(id);
            await session.Attach("node-1", node, People).WaitAsync(Timeout);
            return id;
        }

        public async Task StepAsync(string command, int? seconds = null, string? target = null)
        {
            var outcome = await Grain.Steer(new ActivityCommand(command, seconds, target)).WaitAsync(Timeout);
            Assert.True(outcome.Succeeded, outcome.Rejection);
        }

        public async Task SubmitAsync(string participantId, StructureInput input)
        {
            var receipt = await Grain.Submit(participantId, Guid.NewGuid().ToString("N"), input).WaitAsync(Timeout);
            Assert.True(receipt.Accepted, receipt.Rejection);
        }

        public async Task<StructureView> ViewAsync() => (StructureView)await Grain.GetView().WaitAsync(Timeout);

        public async Task<StructureContribution> ContributionAsync(string participantId) =>
            (StructureContribution)await Grain.GetContribution(participantId).WaitAsync(Timeout);

        /// <summary>Each participant's group in the step on now (everyone present has one).</summary>
        public async Task<Dictionary<string, OwnGroup>> GroupsAsync()
        {
            var groups = new Dictionary<string, OwnGroup>();
            foreach (var person in People)
            {
                if ((await ContributionAsync(person)).Group is { } group)
                {
                    groups[person] = group;
                }
            }

            return groups;
        }
    }
}
