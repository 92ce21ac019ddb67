using System.Security.Cryptography;
using System.Text;
using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Teams;
using Orleans.Concurrency;

namespace AntiLeadership.Live.Grains.Teams;

/// <summary>
/// Reentrant for group commit: when a room joins at once, enrolments made while a write is in flight
/// share the next write. Every method changes state synchronously before its only await.
/// </summary>
[Reentrant]
public sealed class TeamGrain : Grain, ITeamGrain
{
    public const int MaxTeamNameLength = 80;

    private readonly IPersistentState<TeamState> _stored;
    private readonly GroupCommit _commit;

    public TeamGrain([PersistentState("team", StorageNames.Teams)] IPersistentState<TeamState> stored)
    {
        _stored = stored;
        _commit = new GroupCommit(() => _stored.WriteStateAsync());
    }

    private TeamState State => _stored.State;

    public async Task<CommandOutcome> Found(TeamFounding founding)
    {
        var name = founding.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxTeamNameLength)
        {
            return CommandOutcome.Refused($"Give the team a name of 1 to {MaxTeamNameLength} characters.");
        }

        if (State.Exists)
        {
            return SameHash(State.FacilitatorKeyHash, founding.FacilitatorKeyHash)
                ? CommandOutcome.Done
                : CommandOutcome.Refused("This team already exists.");
        }

        State.Name = name;
        State.FacilitatorKeyHash = founding.FacilitatorKeyHash;
        await _commit.WhenStoredAsync();
        return CommandOutcome.Done;
    }

    public Task<bool> IsFacilitatorKey(string keyHash) =>
        Task.FromResult(State.Exists && SameHash(State.FacilitatorKeyHash, keyHash));

    public async Task<TeamMember> Enrol(string participantId, string credentialHash, string displayName)
    {
        var name = displayName.Trim();
        if (State.Members.TryGetValue(participantId, out var member))
        {
            if (!SameHash(member.CredentialHash, credentialHash))
            {
                throw new InvalidOperationException("A participant id can only be enrolled once.");
            }

            if (member.DisplayName == name)
            {
                return new TeamMember(participantId, name);
            }

            member.DisplayName = name;
        }
        else
        {
            State.Members[participantId] = new StoredMember { CredentialHash = credentialHash, DisplayName = name };
        }

        await _commit.WhenStoredAsync();
        return new TeamMember(participantId, name);
    }

    public Task<TeamMember?> FindMember(string participantId, string credentialHash) =>
        Task.FromResult(State.Members.TryGetValue(participantId, out var member) && SameHash(member.CredentialHash, credentialHash)
            ? new TeamMember(participantId, member.DisplayName)
            : null);

    public async Task RecordSession(string sessionId, string title)
    {
        if (State.Sessions.Exists(s => s.SessionId == sessionId))
        {
            return;
        }

        State.Sessions.Add(new StoredSession { SessionId = sessionId, Title = title });
        await _commit.WhenStoredAsync();
    }

    public Task<TeamView> GetView() => Task.FromResult(new TeamView(
        this.GetPrimaryKeyString(),
        State.Name,
        State.Exists,
        State.Sessions.Select(s => new SessionListing(s.SessionId, s.Title)).ToArray(),
        State.Members.Count));

    // Constant-time, so response timing does not reveal how much of a guessed hash matched.
    private static bool SameHash(string stored, string offered) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(offered ?? ""));
}
