using AntiLeadership.Live.Grains.Sessions;
using AntiLeadership.Live.Grains.Teams;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// A command repeated after its write failed finds its change already in memory; it is answered
/// "done" only once storage holds it, never while storage still fails. The tests in this class share
/// one storage, so they run one after another (and with every class of their collection).
/// </summary>
[Collection(ObservedRoomStorageCollection.Name)]
public sealed class StoredRepeatsTests(ObservedRoomStorageFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static ObservedStorage Storage => ObservedRoomStorageFixture.Storage;

    private static string NewKey() => Guid.NewGuid().ToString("N");

    private async Task<ISessionGrain> OpenSessionAsync()
    {
        var session = fixture.Grains.GetGrain<ISessionGrain>(NewKey());
        Assert.True((await session.Open(new SessionOpening(NewKey(), "Blue team", "Day one", "7KQ2M9XD")).WaitAsync(Timeout)).Succeeded);
        return session;
    }

    private static SessionState? StoredSession(ISessionGrain session) => Storage.Stored<SessionState>("session", session.GetGrainId());

    /// <summary>Runs <paramref name="call"/> twice while every write fails: the first try and its retry must both be told "not saved".</summary>
    private static async Task BothNotSavedWhileWritesFailAsync(Func<Task> call)
    {
        Storage.FailWrites = true;
        try
        {
            foreach (var attempt in new[] { "first try", "retry" })
            {
                var failure = await Record.ExceptionAsync(() => call().WaitAsync(Timeout));
                Assert.True(failure?.ToString().Contains("injected by the test", StringComparison.Ordinal) == true,
                    $"The {attempt} was not told that storage failed: {failure?.ToString() ?? "it was answered as done"}");
            }
        }
        finally
        {
            Storage.FailWrites = false;
        }
    }

    [Fact]
    public async Task A_join_whose_write_failed_is_not_confirmed_while_storage_still_fails_and_its_retry_afterwards_is_stored()
    {
        var session = await OpenSessionAsync();

        await BothNotSavedWhileWritesFailAsync(() => session.Join("p-ana", "Ana"));
        Assert.DoesNotContain(StoredSession(session)!.Members, m => m.ParticipantId == "p-ana");
        var retried = await session.Join("p-ana", "Ana").WaitAsync(Timeout);

        Assert.True(retried.Succeeded);
        Assert.Contains(StoredSession(session)!.Members, m => m.ParticipantId == "p-ana" && m.DisplayName == "Ana");
    }

    [Fact]
    public async Task An_enrolment_whose_write_failed_is_not_confirmed_while_storage_still_fails_and_its_retry_afterwards_is_stored()
    {
        var team = fixture.Grains.GetGrain<ITeamGrain>(NewKey());
        Assert.True((await team.Found(new TeamFounding("Blue team", "LEADHASH")).WaitAsync(Timeout)).Succeeded);

        await BothNotSavedWhileWritesFailAsync(() => team.Enrol("p-ana", "ANAHASH", "Ana"));
        var retried = await team.Enrol("p-ana", "ANAHASH", "Ana").WaitAsync(Timeout);

        Assert.Equal(new TeamMember("p-ana", "Ana"), retried.Member);
        Assert.Equal("Ana", Storage.Stored<TeamState>("team", team.GetGrainId())!.Members["p-ana"].DisplayName);
    }

    [Fact]
    public async Task Closing_to_newcomers_again_after_a_failed_write_is_confirmed_only_once_it_is_stored()
    {
        var session = await OpenSessionAsync();

        await BothNotSavedWhileWritesFailAsync(() => session.SetJoiningOpen(false));
        Assert.False(StoredSession(session)!.JoiningClosed);
        var retried = await session.SetJoiningOpen(false).WaitAsync(Timeout);

        Assert.True(retried.Succeeded);
        Assert.True(StoredSession(session)!.JoiningClosed);
        Assert.False((await session.GetView().WaitAsync(Timeout)).JoiningOpen);
    }

    [Fact]
    public async Task Opening_a_session_again_after_a_failed_write_is_confirmed_only_once_the_opening_is_stored()
    {
        var session = fixture.Grains.GetGrain<ISessionGrain>(NewKey());
        var opening = new SessionOpening(NewKey(), "Blue team", "Day one", "7KQ2M9XD");

        await BothNotSavedWhileWritesFailAsync(() => session.Open(opening));
        Assert.Null(StoredSession(session));
        var retried = await session.Open(opening).WaitAsync(Timeout);

        Assert.True(retried.Succeeded);
        Assert.Equal(opening.TeamId, StoredSession(session)!.TeamId);
    }

    [Fact]
    public async Task Claiming_a_join_code_again_after_a_failed_write_holds_the_code_only_once_the_claim_is_stored()
    {
        var code = fixture.Grains.GetGrain<IJoinCodeGrain>(NewKey()[..8].ToUpperInvariant());

        await BothNotSavedWhileWritesFailAsync(() => code.Claim("session-a"));
        var retried = await code.Claim("session-a").WaitAsync(Timeout);

        Assert.True(retried);
        Assert.Equal("session-a", Storage.Stored<JoinCodeState>("join-code", code.GetGrainId())!.SessionId);
    }

    [Fact]
    public async Task Founding_a_team_and_recording_its_session_again_after_failed_writes_are_confirmed_only_once_stored()
    {
        var team = fixture.Grains.GetGrain<ITeamGrain>(NewKey());

        await BothNotSavedWhileWritesFailAsync(() => team.Found(new TeamFounding("Blue team", "LEADHASH")));
        Assert.True((await team.Found(new TeamFounding("Blue team", "LEADHASH")).WaitAsync(Timeout)).Succeeded);
        await BothNotSavedWhileWritesFailAsync(() => team.RecordSession("session-a", "Day one"));
        await team.RecordSession("session-a", "Day one").WaitAsync(Timeout);

        var stored = Storage.Stored<TeamState>("team", team.GetGrainId())!;
        Assert.Equal("Blue team", stored.Name);
        Assert.Equal(["session-a"], stored.Sessions.Select(s => s.SessionId));
    }
}
