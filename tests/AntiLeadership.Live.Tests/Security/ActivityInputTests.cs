using AntiLeadership.Live.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>
/// The hub's activity methods are the same for every kind; what a browser sends is read as the kind of
/// the activity it names, strictly. Anything else gets a clear error and changes nothing.
/// </summary>
public sealed class ActivityInputTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    [Fact]
    public async Task An_activity_of_a_kind_nobody_registered_is_refused_and_the_agenda_does_not_change()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);

        var error = await Assert.ThrowsAsync<HubException>(() => room.Facilitator.InvokeAsync<string>(
            "AddActivity", Guid.NewGuid().ToString(), "mind-reading", new { title = "Guess", anonymous = true, hideResultsUntilRevealed = false }));

        Assert.Contains("There is no such kind of activity.", error.Message);
        Assert.Single((await SessionAsync(room)).Activities);
    }

    [Fact]
    public async Task Settings_in_another_shape_than_the_kind_takes_are_refused_and_nothing_is_added()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);

        var extra = await Assert.ThrowsAsync<HubException>(() => room.Facilitator.InvokeAsync<string>(
            "AddActivity", Guid.NewGuid().ToString(), CulturePrioritiesKind.Name,
            new { title = "Vote", statements = new[] { "a", "b" }, dotsPerParticipant = 3, maxDotsPerStatement = 2, hideResultsUntilRevealed = false, anonymous = true, isAdmin = true }));
        var wrongType = await Assert.ThrowsAsync<HubException>(() => room.Facilitator.InvokeAsync<string>(
            "AddActivity", Guid.NewGuid().ToString(), CulturePrioritiesKind.Name,
            new { title = "Vote", statements = "a, b", dotsPerParticipant = 3, maxDotsPerStatement = 2, hideResultsUntilRevealed = false, anonymous = true }));
        var notAnObject = await Assert.ThrowsAsync<HubException>(() => room.Facilitator.InvokeAsync<string>(
            "AddActivity", Guid.NewGuid().ToString(), CulturePrioritiesKind.Name, "Vote"));

        Assert.All([extra, wrongType, notAnObject], e => Assert.Contains("not in the shape this kind of activity takes", e.Message));
        Assert.Single((await SessionAsync(room)).Activities);
    }

    [Fact]
    public async Task Input_in_another_shape_than_the_activity_takes_is_refused_and_nothing_is_stored()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (ana, _) = await room.JoinAsync("Ana");
        var before = await room.StoredActivityAsync();

        var inputs = new object?[]
        {
            new { dots = new { s1 = "two" } },
            new { dots = new { s1 = 1 }, alsoFor = "ben" },
            new { word = "tired" },
            new[] { 1, 2, 3 },
            null,
        };
        foreach (var input in inputs)
        {
            var error = await Assert.ThrowsAsync<HubException>(() => ana.InvokeAsync<object>("Submit", room.ActivityId, Guid.NewGuid().ToString(), input));
            Assert.Contains("This input does not fit this activity.", error.Message);
        }

        Assert.Equal(before.Version, (await room.StoredActivityAsync()).Version);
        Assert.True((await SecureRoom.CastAsync(ana, room.ActivityId, ("s1", 1))).Accepted);
    }

    [Fact]
    public async Task A_board_or_a_participant_of_another_session_cannot_submit_to_an_activity()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        await using var other = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (stranger, _) = await other.JoinAsync("Stranger");
        var before = await room.StoredActivityAsync();

        var fromBoard = await Assert.ThrowsAsync<HubException>(() => room.Board.CastDotsAsync(room.ActivityId, Guid.NewGuid().ToString(), new Dictionary<string, int> { ["s1"] = 1 }));
        var fromStranger = await Assert.ThrowsAsync<HubException>(() => stranger.CastDotsAsync(room.ActivityId, Guid.NewGuid().ToString(), new Dictionary<string, int> { ["s1"] = 1 }));
        var facilitatorStearsStranger = await Assert.ThrowsAsync<HubException>(() => other.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.Close));

        Assert.Contains("unauthorized", fromBoard.Message);
        Assert.Contains("That activity is not part of this session.", fromStranger.Message);
        Assert.Contains("That activity is not part of this session.", facilitatorStearsStranger.Message);
        Assert.Equal(before.Version, (await room.StoredActivityAsync()).Version);
    }

    [Fact]
    public async Task A_command_the_kind_does_not_have_is_refused_with_a_clear_message()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var before = await room.StoredActivityAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => room.Facilitator.SteerAsync(room.ActivityId, "delete-everything"));

        Assert.Contains("This activity has no such command.", error.Message);
        Assert.Equal(before.Version, (await room.StoredActivityAsync()).Version);
    }

    private static Task<Sessions.SessionView> SessionAsync(SecureRoom room) =>
        room.App.Grains.GetGrain<Sessions.ISessionGrain>(room.Workshop.SessionId).GetView().WaitAsync(Eventually.DefaultTimeout);
}
