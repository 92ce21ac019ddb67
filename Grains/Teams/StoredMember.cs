namespace AntiLeadership.Live.Grains.Teams;

/// <summary>A participant of the team. Only the hash of their device credential is kept.</summary>
public sealed class StoredMember
{
    public string CredentialHash { get; set; } = "";
    public string DisplayName { get; set; } = "";
}
