using AntiLeadership.Live.Grains.Sessions;
using AntiLeadership.Live.Grains.Teams;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>Names people can trust: one name per current member of a team, and nothing invisible stored.</summary>
[Collection(ObservedRoomStorageCollection.Name)]
public sealed class TeamNamesTests(ObservedRoomStorageFixture fixture)
{
    private const string AliceTaken = "Someone in this team is already called Alice. Add an initial or choose another name.";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static ObservedStorage Storage => ObservedRoomStorageFixture.Storage;

    private async Task<ITeamGrain> FoundAsync()
    {
        var team = fixture.Grains.GetGrain<ITeamGrain>(Guid.NewGuid().ToString("N"));
        Assert.True((await team.Found(new TeamFounding("Blue team", "LEADHASH")).WaitAsync(Timeout)).Succeeded);
        return team;
    }

    [Fact]
    public async Task A_second_alice_is_refused_while_Alice_is_a_member()
    {
        var team = await FoundAsync();
        await team.Enrol("p-1", "HASH1", "Alice").WaitAsync(Timeout);

        var second = await team.Enrol("p-2", "HASH2", "alice").WaitAsync(Timeout);
        var lookalikes = await Task.WhenAll(new[] { "ALICE", "\uFF21\uFF4C\uFF49\uFF43\uFF45", "Al\u200Bice", "Alice\u3164", " alice " }
            .Select((name, i) => team.Enrol($"p-{i + 3}", $"HASH{i + 3}", name))).WaitAsync(Timeout);

        Assert.Null(second.Member);
        Assert.Equal(AliceTaken, second.Rejection);
        Assert.All(lookalikes, refused => Assert.Equal(AliceTaken, refused.Rejection));
        Assert.Null(await team.FindMember("p-2", "HASH2").WaitAsync(Timeout));
        Assert.Equal(1, (await team.GetView().WaitAsync(Timeout)).MemberCount);
    }

    [Fact]
    public async Task Renaming_to_your_own_name_in_another_case_is_accepted()
    {
        var team = await FoundAsync();
        await team.Enrol("p-1", "HASH1", "Alice").WaitAsync(Timeout);

        var renamed = await team.Enrol("p-1", "HASH1", "ALICE").WaitAsync(Timeout);
        var again = await team.Enrol("p-1", "HASH1", "ALICE").WaitAsync(Timeout);
        var other = await team.Enrol("p-2", "HASH2", "Alice").WaitAsync(Timeout);

        Assert.Equal(new TeamMember("p-1", "ALICE"), renamed.Member);
        Assert.Equal(new TeamMember("p-1", "ALICE"), again.Member);
        Assert.Equal("Someone in this team is already called ALICE. Add an initial or choose another name.", other.Rejection);
        Assert.Equal("ALICE", Storage.Stored<TeamState>("team", team.GetGrainId())!.Members["p-1"].DisplayName);
    }

    [Fact]
    public async Task A_removed_members_name_and_a_renamed_members_old_name_are_free_again()
    {
        var team = await FoundAsync();
        await team.Enrol("p-1", "HASH1", "Alice").WaitAsync(Timeout);
        await team.Enrol("p-2", "HASH2", "Ben").WaitAsync(Timeout);

        Assert.True((await team.RemoveMember("p-1").WaitAsync(Timeout)).Succeeded);
        await team.Enrol("p-2", "HASH2", "Benjamin").WaitAsync(Timeout);
        var newAlice = await team.Enrol("p-3", "HASH3", "alice").WaitAsync(Timeout);
        var newBen = await team.Enrol("p-4", "HASH4", "Ben").WaitAsync(Timeout);

        Assert.Equal(new TeamMember("p-3", "alice"), newAlice.Member);
        Assert.Equal(new TeamMember("p-4", "Ben"), newBen.Member);
    }

    [Fact]
    public async Task Members_stored_with_one_name_before_names_had_to_differ_keep_it_when_they_come_back()
    {
        var team = fixture.Grains.GetGrain<ITeamGrain>(Guid.NewGuid().ToString("N"));
        Storage.Store("team", team.GetGrainId(), new TeamState
        {
            Name = "Blue team",
            FacilitatorKeyHash = "LEADHASH",
            Members =
            {
                ["p-1"] = new StoredMember { CredentialHash = "HASH1", DisplayName = "Alice" },
                ["p-2"] = new StoredMember { CredentialHash = "HASH2", DisplayName = "alice" },
            },
        });

        var first = await team.Enrol("p-1", "HASH1", "Alice").WaitAsync(Timeout);
        var second = await team.Enrol("p-2", "HASH2", "alice").WaitAsync(Timeout);
        var newcomer = await team.Enrol("p-3", "HASH3", "Alice").WaitAsync(Timeout);

        Assert.Equal(new TeamMember("p-1", "Alice"), first.Member);
        Assert.Equal(new TeamMember("p-2", "alice"), second.Member);
        Assert.Null(newcomer.Member);
        Assert.StartsWith("Someone in this team is already called ", newcomer.Rejection);
    }

    [Fact]
    public async Task The_team_refuses_invisible_names_and_stores_names_without_their_format_characters()
    {
        var team = await FoundAsync();

        var invisible = await team.Enrol("p-1", "HASH1", "\u3164\u200B").WaitAsync(Timeout);
        var ana = await team.Enrol("p-2", "HASH2", "\u200BAna\u2060 ").WaitAsync(Timeout);
        var label = await team.IssueFacilitatorKey("\u2800", "KEYHASH").WaitAsync(Timeout);
        var founding = await fixture.Grains.GetGrain<ITeamGrain>(Guid.NewGuid().ToString("N")).Found(new TeamFounding("\uFFA0", "LEADHASH")).WaitAsync(Timeout);

        Assert.Equal("Choose a name people can see: this one has only invisible characters.", invisible.Rejection);
        Assert.Null(await team.FindMember("p-1", "HASH1").WaitAsync(Timeout));
        Assert.Equal(new TeamMember("p-2", "Ana"), ana.Member);
        Assert.Equal("Ana", Storage.Stored<TeamState>("team", team.GetGrainId())!.Members["p-2"].DisplayName);
        Assert.StartsWith("Say whose key this is with a label people can see", label.Rejection);
        Assert.StartsWith("Choose a team name people can see", founding.Rejection);
    }

    [Fact]
    public async Task The_session_refuses_invisible_names_and_titles_and_stores_names_without_their_format_characters()
    {
        var session = fixture.Grains.GetGrain<ISessionGrain>(Guid.NewGuid().ToString("N"));

        var untitled = await session.Open(new SessionOpening("team-1", "Blue team", "\u2800\u200B", "7KQ2M9XD")).WaitAsync(Timeout);
        var opened = await session.Open(new SessionOpening("team-1", "Blue team", "Day\u200B one", "7KQ2M9XD")).WaitAsync(Timeout);
        var invisible = await session.Join("p-1", "\u3164").WaitAsync(Timeout);
        var ben = await session.Join("p-2", "Ben\u200B").WaitAsync(Timeout);

        Assert.StartsWith("Give the session a title people can see", untitled.Rejection);
        Assert.True(opened.Succeeded);
        Assert.Equal("Choose a name people can see: this one has only invisible characters.", invisible.Rejection);
        Assert.True(ben.Succeeded);
        var stored = Storage.Stored<SessionState>("session", session.GetGrainId())!;
        Assert.Equal("Day one", stored.Title);
        Assert.Equal(["Ben"], stored.Members.Select(m => m.DisplayName));
    }
}
