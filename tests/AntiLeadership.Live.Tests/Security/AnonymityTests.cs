using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>Who voted stays unknown in an anonymous activity; anonymity only ever goes up.</summary>
public sealed class AnonymityTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task In_an_anonymous_activity_no_message_to_anyone_carries_who_voted()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http, anonymous: true);
        var (ana, anaJoined) = await room.JoinAsync("Ana");
        var (ben, benJoined) = await room.JoinAsync("Ben");

        await SecureRoom.CastAsync(ana, room.ActivityId, ("s1", 2));
        await SecureRoom.CastAsync(ben, room.ActivityId, ("s2", 1));
        await room.Facilitator.WaitForActivityAsync(room.ActivityId, v => v.Stage.Contributors == 2, "the console to count both votes");
        await room.Board.WaitForActivityAsync(room.ActivityId, v => v.Stage.Contributors == 2, "the board to count both votes");
        await ben.WaitForActivityAsync(room.ActivityId, v => v.Stage.Contributors == 2, "Ben to see both votes counted");

        foreach (var client in new[] { room.Facilitator, room.Board, ana, ben })
        {
            Assert.NotEmpty(client.ActivityMessages);
            Assert.All(client.ActivityMessages, message =>
            {
                Assert.DoesNotContain(anaJoined.ParticipantId, message);
                Assert.DoesNotContain(benJoined.ParticipantId, message);
                Assert.DoesNotContain("Ana", message);
            });
        }

        Assert.True(room.Facilitator.Activity(room.ActivityId)!.Stage.Anonymous);
        Assert.Null(room.Facilitator.Activity(room.ActivityId)!.Stage.ContributorIds);
    }

    [Fact]
    public async Task In_a_named_activity_only_the_facilitator_sees_who_has_voted_never_what()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http, anonymous: false);
        var (ana, anaJoined) = await room.JoinAsync("Ana");
        var (ben, _) = await room.JoinAsync("Ben");

        await SecureRoom.CastAsync(ana, room.ActivityId, ("s1", 2));

        await room.Facilitator.WaitForActivityAsync(room.ActivityId, v => v.Stage.ContributorIds?.Count == 1, "the console to list Ana as having voted");
        await room.Board.WaitForActivityAsync(room.ActivityId, v => v.Stage.Contributors == 1, "the board to count Ana's vote");
        await ben.WaitForActivityAsync(room.ActivityId, v => v.Stage.Contributors == 1, "Ben to count Ana's vote");
        Assert.Equal([anaJoined.ParticipantId], room.Facilitator.Activity(room.ActivityId)!.Stage.ContributorIds);
        Assert.All(room.Board.ActivityMessages, m => Assert.DoesNotContain(anaJoined.ParticipantId, m));
        Assert.All(ben.ActivityMessages, m => Assert.DoesNotContain(anaJoined.ParticipantId, m));
    }

    [Fact]
    public async Task Anonymity_can_be_raised_but_never_lowered()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http, anonymous: false);
        var (ana, _) = await room.JoinAsync("Ana");
        await SecureRoom.CastAsync(ana, room.ActivityId, ("s1", 1));
        await room.Facilitator.WaitForActivityAsync(room.ActivityId, v => v.Stage.ContributorIds?.Count == 1, "the console to list Ana");

        await room.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.RaiseAnonymity);
        await room.Facilitator.WaitForActivityAsync(room.ActivityId, v => v.Stage.Anonymous, "the console to show the activity as anonymous");
        var grain = fixture.App.Grains.GetGrain<ICulturePrioritiesGrain>(room.ActivityId);
        var stored = await grain.GetVoteView();
        // Repeating the original setup (anonymous: false) is accepted as a repeat and lowers nothing.
        var repeat = await grain.SetUp(room.Workshop.SessionId,
            new CulturePrioritiesSetup("Culture priorities", ["We say what we really think", "Mistakes are for learning"], 3, 2, false, Anonymous: false));

        Assert.Null(room.Facilitator.Activity(room.ActivityId)!.Stage.ContributorIds);
        Assert.True(stored.Stage.Anonymous);
        Assert.Null(stored.Stage.ContributorIds);
        Assert.True(repeat.Succeeded);
        Assert.True((await grain.GetVoteView()).Stage.Anonymous);
        Assert.DoesNotContain(typeof(ICulturePrioritiesGrain).GetMethods(), m => m.Name.Contains("Lower", StringComparison.Ordinal));
    }
}
