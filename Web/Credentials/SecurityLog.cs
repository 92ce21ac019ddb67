namespace AntiLeadership.Live.Web.Credentials;

/// <summary>
/// Security events, for whoever runs the server: who (an id, a key id or an address), what, and which
/// team. Never a credential, a name or anything else a person typed.
/// </summary>
public static partial class SecurityLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Security: a {Role} credential for team {TeamId} was refused ({Reason})")]
    public static partial void CredentialRefused(ILogger logger, string role, string teamId, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Security: {Who} of team {TeamId} was not allowed to {What}")]
    public static partial void NotAllowed(ILogger logger, string who, string? teamId, string what);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Security: {Who} was rate limited on {What}")]
    public static partial void RateLimited(ILogger logger, string who, string what);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Security: lookups of join codes and sessions from {Address} are throttled after {Failures} failures")]
    public static partial void LookupsThrottled(ILogger logger, string address, int failures);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Security: a WebSocket from another origin was refused (address {Address})")]
    public static partial void OriginRefused(ILogger logger, string address);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Security: facilitator key {KeyId} of team {TeamId} was {Action} by key {ByKeyId}")]
    public static partial void KeyChanged(ILogger logger, string keyId, string teamId, string action, string byKeyId);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "Security: participant {ParticipantId} was removed from team {TeamId} by key {ByKeyId}")]
    public static partial void MemberRemoved(ILogger logger, string participantId, string teamId, string byKeyId);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Security: closed {Count} connection(s) of revoked credentials of team {TeamId}")]
    public static partial void ConnectionsClosed(ILogger logger, int count, string teamId);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "Security: a hub message from {Who} could not be read and was dropped")]
    public static partial void UnreadableMessage(ILogger logger, string who);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "Security: {Failures} failed join-code or session lookups from all addresses within a minute (alarm at {Limit}): someone may be guessing from many addresses; nobody is refused for it")]
    public static partial void GuessingFromManyAddresses(ILogger logger, int failures, int limit);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Security: starting a workshop from {Address} was refused ({Reason})")]
    public static partial void StartRefused(ILogger logger, string address, string reason);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Security: a recovery link for participant {ParticipantId} of team {TeamId} was issued by key {ByKeyId}")]
    public static partial void RecoveryIssued(ILogger logger, string participantId, string teamId, string byKeyId);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Information, Message = "Security: participant {ParticipantId} of team {TeamId} moved to a new device with a recovery link; the old device's credential stopped")]
    public static partial void Recovered(ILogger logger, string participantId, string teamId);
}
