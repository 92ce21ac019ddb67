using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AntiLeadership.Live.Grains.Publishing;
using AntiLeadership.Live.Grains.Sessions;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Retention;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace AntiLeadership.Live.Grains.Teams;

/// <summary>
/// Reentrant for group commit: when a room joins at once, enrolments made while a write is in flight
/// share the next write. Every method changes state synchronously before its only await.
/// </summary>
[Reentrant]
public sealed class TeamGrain : Grain, ITeamGrain
{
    public const int MaxFacilitatorKeys = 20;

    /// <summary>Far above any team; a room of 10,000 is what the benchmark proves. Stops a script filling storage.</summary>
    public const int MaxMembers = 25_000;
    private const string FoundingKeyId = "lead";

    // Sessions wait this long for their web nodes to close revoked connections; a node that does not
    // answer in time is dead or cut off, and its connections go with it.
    private static readonly TimeSpan RevocationTimeout = TimeSpan.FromSeconds(5);

    private readonly IPersistentState<TeamState> _stored;
    private readonly ILogger<TeamGrain> _logger;
    private readonly GroupCommit _commit;
    private readonly TimeProvider _time;
    private MemberNames? _names;
    private bool _forgotten;

    public TeamGrain([PersistentState("team", StorageNames.Teams)] IPersistentState<TeamState> stored, ILogger<TeamGrain> logger, TimeProvider time)
    {
        _stored = stored;
        _logger = logger;
        _time = time;
        _commit = new GroupCommit(WriteAsync, DeactivateOnIdle);
    }

    private TeamState State => _stored.State;

    // Built on first use: most calls (a phone connecting, a console checking its key) never need it.
    private MemberNames Names => _names ??= new MemberNames(State.Members);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Exists && State.FacilitatorKeys.Count == 0)
        {
            // Teams founded before keys had ids: their one key becomes the lead key.
            State.FacilitatorKeys.Add(new StoredFacilitatorKey { KeyId = FoundingKeyId, Hash = State.FacilitatorKeyHash, Label = "Lead facilitator", Lead = true });
        }

        return Task.CompletedTask;
    }

    public async Task<CommandOutcome> Found(TeamFounding founding)
    {
        var (name, problem) = TeamRules.TeamName(founding.Name);
        if (problem is not null)
        {
            return CommandOutcome.Refused(problem);
        }

        if (State.Exists)
        {
            if (!SameHash(State.FacilitatorKeyHash, founding.FacilitatorKeyHash))
            {
                return CommandOutcome.Refused("This team already exists.");
            }

            // A repeat (its first write may have failed): done only once the founding is stored.
            await _commit.WhenCaughtUpAsync();
            return CommandOutcome.Done;
        }

        State.Name = name;
        State.FacilitatorKeyHash = founding.FacilitatorKeyHash;
        State.FacilitatorKeys.Add(new StoredFacilitatorKey
        {
            KeyId = FoundingKeyId, Hash = founding.FacilitatorKeyHash, Label = "Lead facilitator", Lead = true, IssuedAt = DateTimeOffset.UtcNow,
        });
        await _commit.WhenStoredAsync();
        return CommandOutcome.Done;
    }

    public Task<FacilitatorKey?> FindFacilitatorKey(string keyHash)
    {
        // Every key is compared (constant time each), so timing tells nothing about which one matched.
        StoredFacilitatorKey? found = null;
        foreach (var key in State.FacilitatorKeys)
        {
            if (SameHash(key.Hash, keyHash))
            {
                found = key;
            }
        }

        return Task.FromResult(found is null ? null : ToKey(found));
    }

    public Task<IReadOnlyList<FacilitatorKey>> GetFacilitatorKeys() =>
        Task.FromResult<IReadOnlyList<FacilitatorKey>>(State.FacilitatorKeys.Select(ToKey).ToArray());

    public async Task<KeyOutcome> IssueFacilitatorKey(string label, string keyHash)
    {
        var (trimmed, problem) = TeamRules.KeyLabel(label);
        if (problem is not null)
        {
            return KeyOutcome.Refused(problem);
        }

        if (State.FacilitatorKeys.Count >= MaxFacilitatorKeys)
        {
            return KeyOutcome.Refused($"A team can have at most {MaxFacilitatorKeys} facilitator keys. Revoke one first.");
        }

        var key = new StoredFacilitatorKey
        {
            KeyId = NewKeyId(), Hash = keyHash, Label = trimmed, Lead = false, IssuedAt = DateTimeOffset.UtcNow,
        };
        State.FacilitatorKeys.Add(key);
        await _commit.WhenStoredAsync();
        return new KeyOutcome(ToKey(key), null);
    }

    public async Task<CommandOutcome> RevokeFacilitatorKey(string keyId, string byKeyId)
    {
        if (keyId == byKeyId)
        {
            return CommandOutcome.Refused("You cannot revoke the key you are using. Rotate it instead.");
        }

        var key = State.FacilitatorKeys.Find(k => k.KeyId == keyId);
        if (key is null)
        {
            return CommandOutcome.Refused("That key does not exist (any more).");
        }

        State.FacilitatorKeys.Remove(key);
        await _commit.WhenStoredAsync();
        await RevokeAsync([], [keyId], "This facilitator link was revoked by the lead facilitator.");
        return CommandOutcome.Done;
    }

    public async Task<KeyOutcome> RotateFacilitatorKey(string keyId, string newKeyHash)
    {
        var old = State.FacilitatorKeys.Find(k => k.KeyId == keyId);
        if (old is null)
        {
            return KeyOutcome.Refused("That key does not exist (any more).");
        }

        // A new id as well as a new secret: connections of the old key are closed by id, and must not
        // take the new key's connections with them.
        var key = new StoredFacilitatorKey
        {
            KeyId = NewKeyId(), Hash = newKeyHash, Label = old.Label, Lead = old.Lead, IssuedAt = DateTimeOffset.UtcNow,
        };
        State.FacilitatorKeys[State.FacilitatorKeys.IndexOf(old)] = key;
        await _commit.WhenStoredAsync();
        await RevokeAsync([], [keyId], "This facilitator link was replaced by a new one. Open the new link.");
        return new KeyOutcome(ToKey(key), null);
    }

    public async Task<CommandOutcome> RemoveMember(string participantId)
    {
        if (!State.Members.Remove(participantId, out var removed))
        {
            return CommandOutcome.Refused("That participant is not (any more) in this team.");
        }

        // Their name is free again.
        Names.Remove(participantId, removed.DisplayName);

        await _commit.WhenStoredAsync();
        await RevokeAsync([participantId], [], "The facilitator removed you from this team. You can join again with the code.");
        return CommandOutcome.Done;
    }

    public async Task<Enrolment> Enrol(string participantId, string credentialHash, string displayName)
    {
        var (name, problem) = SessionRules.DisplayName(displayName);
        if (problem is not null)
        {
            return Enrolment.Refused(problem);
        }

        State.Members.TryGetValue(participantId, out var member);
        if (member is not null && !SameHash(member.CredentialHash, credentialHash))
        {
            throw new InvalidOperationException("A participant id can only be enrolled once.");
        }

        if (member?.DisplayName == name)
        {
            // Their own name, even where a team stored before names had to differ has it twice.
            await _commit.WhenCaughtUpAsync();
            return new Enrolment(new TeamMember(participantId, name), null);
        }

        if (Names.OtherHolder(name, participantId) is { } holder)
        {
            return Enrolment.Refused(TeamRules.NameTaken(State.Members[holder].DisplayName));
        }

        if (member is not null)
        {
            Names.Remove(participantId, member.DisplayName);
            member.DisplayName = name;
        }
        else if (State.Members.Count >= MaxMembers)
        {
            return Enrolment.Refused(string.Create(CultureInfo.InvariantCulture, $"This team is full ({MaxMembers:N0} participants)."));
        }
        else
        {
            State.Members[participantId] = new StoredMember { CredentialHash = credentialHash, DisplayName = name };
        }

        Names.Add(participantId, name);
        await _commit.WhenStoredAsync();
        return new Enrolment(new TeamMember(participantId, name), null);
    }

    public Task<TeamMember?> FindMember(string participantId, string credentialHash) =>
        Task.FromResult(State.Members.TryGetValue(participantId, out var member) && SameHash(member.CredentialHash, credentialHash)
            ? new TeamMember(participantId, member.DisplayName)
            : null);

    public Task<IReadOnlyList<TeamMember>> GetMembers() => Task.FromResult<IReadOnlyList<TeamMember>>(State.Members
        .Select(m => new TeamMember(m.Key, m.Value.DisplayName))
        .OrderBy(m => m.DisplayName, StringComparer.CurrentCultureIgnoreCase)
        .ToArray());

    public async Task<CommandOutcome> IssueRecovery(string participantId, string secretHash, DateTimeOffset expiresAt)
    {
        if (!State.Members.TryGetValue(participantId, out var member))
        {
            return CommandOutcome.Refused("That person is not (any more) in this team.");
        }

        member.RecoveryHash = secretHash;
        member.RecoveryExpiresAt = expiresAt;
        await _commit.WhenStoredAsync();
        return CommandOutcome.Done;
    }

    public async Task<TeamMember?> Recover(string participantId, string secretHash, string newCredentialHash)
    {
        if (!State.Members.TryGetValue(participantId, out var member))
        {
            return null;
        }

        if (member.RecoveryHash is null)
        {
            // Spent: a retry of the redemption that spent it (same new credential) is answered the same.
            if (!SameHash(member.CredentialHash, newCredentialHash))
            {
                return null;
            }

            await _commit.WhenCaughtUpAsync();
            return new TeamMember(participantId, member.DisplayName);
        }

        if (!SameHash(member.RecoveryHash, secretHash) || member.RecoveryExpiresAt <= _time.GetUtcNow())
        {
            return null;
        }

        member.CredentialHash = newCredentialHash;
        member.RecoveryHash = null;
        member.RecoveryExpiresAt = null;
        await _commit.WhenStoredAsync();
        await RevokeAsync([participantId], [], "This phone is no longer yours in this team: you moved to another device with a recovery link.", CredentialRevocation.TagOf(newCredentialHash));
        return new TeamMember(participantId, member.DisplayName);
    }

    public async Task RecordSession(string sessionId, string title)
    {
        if (State.Sessions.Exists(s => s.SessionId == sessionId))
        {
            await _commit.WhenCaughtUpAsync();
            return;
        }

        State.Sessions.Add(new StoredSession { SessionId = sessionId, Title = TextRules.Normalize(title), StartedAt = _time.GetUtcNow() });
        await _commit.WhenStoredAsync();
        if (State.RetentionDays is not null)
        {
            // A new session pushes automatic deletion back. Best effort: should the registry not hear
            // of it, the sweep still asks this grain before deleting, and finds the later date.
            try
            {
                await ScheduleDeletionAsync();
            }
            catch (Exception failure)
            {
                _logger.LogWarning(failure, "The retention registry did not hear that team {TeamId} met again", this.GetPrimaryKeyString());
            }
        }
    }

    public async Task ForgetSession(string sessionId)
    {
        if (State.Sessions.RemoveAll(s => s.SessionId == sessionId) == 0)
        {
            await _commit.WhenCaughtUpAsync();
            return;
        }

        await _commit.WhenStoredAsync();
    }

    public async Task<CommandOutcome> SetRetention(int? days)
    {
        if (!State.Exists)
        {
            return CommandOutcome.Refused("This team does not exist.");
        }

        if (RetentionRules.Problem(days) is { } problem)
        {
            return CommandOutcome.Refused(problem);
        }

        if (State.RetentionDays != days)
        {
            State.RetentionDays = days;
            State.RetentionSetAt = days is null ? null : _time.GetUtcNow();
            await _commit.WhenStoredAsync();
        }
        else
        {
            await _commit.WhenCaughtUpAsync();
        }

        // Told every time, repeats included: a repeat may be the retry of a call whose registry step failed.
        await ScheduleDeletionAsync();
        return CommandOutcome.Done;
    }

    public Task<TeamRetention?> GetRetention() =>
        Task.FromResult(State.Exists ? new TeamRetention(State.RetentionDays, DeleteAfter()) : null);

    /// <summary>
    /// Goes from storage, and with it every credential of the team: keys and members are found nowhere
    /// any more. Sessions and programme grains are forgotten before this (see <c>TeamDeletion</c>).
    /// Writes that were queued are dropped, so none lands after the clearing and brings the team back.
    /// </summary>
    public async Task Forget()
    {
        _forgotten = true;
        try
        {
            await _commit.WhenCaughtUpAsync();
        }
        catch (Exception)
        {
            // A failed write stored nothing that the clearing must wait for.
        }

        await _stored.ClearStateAsync();
        _names = null;
        DeactivateOnIdle();
        await GrainFactory.GetGrain<IRetentionRegistryGrain>(0).Schedule(this.GetPrimaryKeyString(), null);
    }

    public Task<TeamView> GetView() => Task.FromResult(new TeamView(
        this.GetPrimaryKeyString(),
        State.Name,
        State.Exists,
        State.Sessions.Select(s => new SessionListing(s.SessionId, s.Title, s.StartedAt)).ToArray(),
        State.Members.Count));

    /// <summary>
    /// Tells every session of the team, and through them every web node with connections, once the
    /// change is stored; and the team's plan, which tells the web nodes with team homes open. A session
    /// or plan that cannot be told in time still refuses the credential at the next connect, because
    /// that always asks this grain.
    /// </summary>
    private async Task RevokeAsync(string[] participantIds, string[] keyIds, string message, string? sparedCredential = null)
    {
        var teamId = this.GetPrimaryKeyString();
        var revocation = new CredentialRevocation(teamId, participantIds, keyIds, message, sparedCredential);
        await Task.WhenAll(State.Sessions
            .Select(s => TellAsync(GrainFactory.GetGrain<ISessionGrain>(s.SessionId).Revoke(revocation), $"session {s.SessionId}"))
            .Append(TellAsync(GrainFactory.GetGrain<ITeamPlanGrain>(teamId).Revoke(revocation), $"the plan of team {teamId}")));
    }

    private async Task TellAsync(Task revoking, string whom)
    {
        try
        {
            await revoking.WaitAsync(RevocationTimeout);
        }
        catch (Exception failure)
        {
            _logger.LogWarning(failure, "A revocation could not reach {Whom} in time", whom);
        }
    }

    /// <summary>The days counted from the last session that started, or from when they were set if none has.</summary>
    private DateTimeOffset? DeleteAfter()
    {
        if (State.RetentionDays is not { } days)
        {
            return null;
        }

        var from = State.Sessions.Max(s => s.StartedAt) ?? State.RetentionSetAt ?? _time.GetUtcNow();
        return from.AddDays(days);
    }

    private Task ScheduleDeletionAsync() =>
        GrainFactory.GetGrain<IRetentionRegistryGrain>(0).Schedule(this.GetPrimaryKeyString(), DeleteAfter());

    private Task WriteAsync() =>
        _forgotten ? Task.FromException(new InvalidOperationException("This team was deleted.")) : _stored.WriteStateAsync();

    private static FacilitatorKey ToKey(StoredFacilitatorKey key) => new(key.KeyId, key.Label, key.Lead, key.IssuedAt);

    private static string NewKeyId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();

    // Constant-time, so response timing does not reveal how much of a guessed hash matched.
    private static bool SameHash(string stored, string offered) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(offered ?? ""));
}
