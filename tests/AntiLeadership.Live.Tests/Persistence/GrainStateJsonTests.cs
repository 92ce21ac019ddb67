using AntiLeadership.Live.Activities.Statements;
using System.Text;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Grains.Activities;
using AntiLeadership.Live.Grains.Activities.CulturePriorities;
using AntiLeadership.Live.Grains.Teams;
using AntiLeadership.Live.Silo;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace AntiLeadership.Live.Tests.Persistence;

/// <summary>
/// Grain state is stored as plain JSON; blobs written by Orleans' earlier default serializer (Newtonsoft,
/// with type names) must keep loading, or a team would lose its plan and people on upgrade.
/// </summary>
public sealed class GrainStateJsonTests : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IGrainStorageSerializer _earlier;
    private readonly IGrainStorageSerializer _current;

    public GrainStateJsonTests()
    {
        _services = new ServiceCollection()
            .AddSerializer()
            .AddSingleton<OrleansJsonSerializer>()
            .AddGrainStateJson()
            .BuildServiceProvider();
        _earlier = ActivatorUtilities.CreateInstance<JsonGrainStorageSerializer>(_services);
        _current = _services.GetRequiredService<IGrainStorageSerializer>();
    }

    [Fact]
    public void An_activity_stored_by_the_earlier_serializer_loads_with_every_ballot()
    {
        var stored = _earlier.Serialize(Activity());
        Assert.StartsWith("{\"$id\":", stored.ToString());

        var loaded = Load<CulturePrioritiesState>(stored);

        // That serializer left out default values, so a stored "not anonymous" (false) came back as the
        // member's initial value, anonymous: the safe side, and why the new form writes every member.
        var expected = Activity();
        expected.Anonymous = true;
        AssertSameActivity(expected, loaded);
    }

    [Fact]
    public void A_team_stored_by_the_earlier_serializer_keeps_its_people_sessions_and_keys()
    {
        var loaded = Load<TeamState>(_earlier.Serialize(Team()));

        Assert.Equal("Harbour crew", loaded.Name);
        Assert.Equal("hash-of-ana", loaded.Members["p1"].CredentialHash);
        Assert.Equal("Ana", loaded.Members["p1"].DisplayName);
        Assert.Equal("s1", Assert.Single(loaded.Sessions).SessionId);
        var key = Assert.Single(loaded.FacilitatorKeys);
        Assert.True(key.Lead);
        Assert.Equal("hash-of-key", key.Hash);
    }

    [Fact]
    public void State_is_stored_as_plain_json_without_type_names_and_reads_back_the_same()
    {
        var stored = _current.Serialize(Activity());
        var text = stored.ToString();

        Assert.DoesNotContain("$type", text, StringComparison.Ordinal);
        Assert.DoesNotContain("IsSetUp", text, StringComparison.Ordinal);
        Assert.Contains("\"Status\":\"Open\"", text, StringComparison.Ordinal);
        AssertSameActivity(Activity(), Load<CulturePrioritiesState>(stored));
    }

    [Fact]
    public void A_ballot_changed_after_a_write_is_stored_with_its_change()
    {
        var activity = Activity();
        _current.Serialize(activity);

        var ballot = activity.Ballots["p1"];
        ballot.Dots = new() { ["s2"] = 2 };
        ballot.Revision++;
        ballot.Remember("sub-3");
        var reloaded = Load<CulturePrioritiesState>(_current.Serialize(activity));

        Assert.Equal(new Dictionary<string, int> { ["s2"] = 2 }, reloaded.Ballots["p1"].Dots);
        Assert.Equal(4, reloaded.Ballots["p1"].Revision);
        Assert.True(reloaded.Ballots["p1"].Remembers("sub-3"));
        Assert.Equal(activity.Ballots["p2"].Dots, reloaded.Ballots["p2"].Dots);
    }

    [Fact]
    public void A_ballot_is_stored_in_the_same_shape_as_before_its_writes_were_kept()
    {
        var text = _current.Serialize(Activity()).ToString();

        Assert.Contains("\"p2\":{\"Dots\":{\"s2\":1},\"Revision\":1,\"RecentSubmissionIds\":[]}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blob_that_is_not_state_is_refused_rather_than_read_as_empty()
    {
        Assert.ThrowsAny<Exception>(() => _current.Deserialize<CulturePrioritiesState>(new BinaryData(Encoding.UTF8.GetBytes("not json"))));
    }

    public void Dispose() => _services.Dispose();

    private T Load<T>(BinaryData stored) where T : class =>
        _current.Deserialize<T>(stored) ?? throw new InvalidOperationException("The stored state loaded as nothing.");

    private static CulturePrioritiesState Activity()
    {
        var state = new CulturePrioritiesState
        {
            SessionId = "session-1",
            Title = "Culture priorities",
            Statements = [new Statement("s1", "We say what we really think"), new Statement("s2", "Mistakes are for learning")],
            DotsPerParticipant = 3,
            MaxDotsPerStatement = 2,
            HideResultsUntilRevealed = true,
            Status = ActivityStatus.Open,
            Version = 42,
            ClosesAt = new DateTimeOffset(2026, 11, 27, 20, 30, 0, TimeSpan.Zero),
            Anonymous = false,
        };
        var ballot = new StoredBallot { Dots = new() { ["s1"] = 2, ["s2"] = 1 }, Revision = 3 };
        ballot.Remember("sub-1");
        ballot.Remember("sub-2");
        state.Ballots["p1"] = ballot;
        state.Ballots["p2"] = new StoredBallot { Dots = new() { ["s2"] = 1 }, Revision = 1 };
        return state;
    }

    private static TeamState Team() => new()
    {
        Name = "Harbour crew",
        FacilitatorKeyHash = "hash-of-key",
        Members = new() { ["p1"] = new StoredMember { CredentialHash = "hash-of-ana", DisplayName = "Ana" } },
        Sessions = [new StoredSession { SessionId = "s1", Title = "Day one" }],
        FacilitatorKeys = [new StoredFacilitatorKey { KeyId = "lead", Hash = "hash-of-key", Label = "Lead", Lead = true, IssuedAt = DateTimeOffset.UnixEpoch }],
    };

    private static void AssertSameActivity(CulturePrioritiesState expected, CulturePrioritiesState actual)
    {
        Assert.Equal(expected.SessionId, actual.SessionId);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Statements, actual.Statements);
        Assert.Equal(expected.DotsPerParticipant, actual.DotsPerParticipant);
        Assert.Equal(expected.MaxDotsPerStatement, actual.MaxDotsPerStatement);
        Assert.Equal(expected.HideResultsUntilRevealed, actual.HideResultsUntilRevealed);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.ClosesAt, actual.ClosesAt);
        Assert.Equal(expected.Anonymous, actual.Anonymous);
        Assert.Equal(expected.Ballots.Keys.Order(), actual.Ballots.Keys.Order());
        foreach (var (participant, ballot) in expected.Ballots)
        {
            Assert.Equal(ballot.Dots, actual.Ballots[participant].Dots);
            Assert.Equal(ballot.Revision, actual.Ballots[participant].Revision);
            Assert.Equal(ballot.RecentSubmissionIds, actual.Ballots[participant].RecentSubmissionIds);
        }
    }
}
