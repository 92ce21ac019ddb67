namespace AntiLeadership.Live.Grains.Teams;

/// <summary>A participant of the team. Only the hash of their device credential is kept.</summary>
[GenerateSerializer]
public sealed class StoredMember
{
    [Id(0)]
    public string CredentialHash { get; set; } = "";
    [Id(1)]
    public string DisplayName { get; set; } = "";

    /// <summary>The hash of the secret of the one recovery link that works for this member, if any.</summary>
    [Id(2)]
    public string? RecoveryHash { get; set; }

    [Id(3)]
    public DateTimeOffset? RecoveryExpiresAt { get; set; }
}
