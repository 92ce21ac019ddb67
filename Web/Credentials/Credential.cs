using System.Text.RegularExpressions;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>
/// A bearer credential: who it names travels in clear (so we know which team grain to ask), the secret
/// is checked against the hash that grain keeps. Facilitator: <c>f.team.secret</c>; participant:
/// <c>p.team.participant.secret</c>.
/// </summary>
public sealed partial record Credential(string Role, string TeamId, string? ParticipantId, string Secret)
{
    public static Credential NewFacilitator(string teamId) => new(LiveRoles.Facilitator, teamId, null, Secrets.NewSecret());

    public static Credential NewParticipant(string teamId) => new(LiveRoles.Participant, teamId, Secrets.NewId(), Secrets.NewSecret());

    public string SecretHash => Secrets.Hash(Secret);

    public static bool TryParse(string? text, out Credential credential)
    {
        credential = null!;
        if (text is null || text.Length > 200)
        {
            return false;
        }

        var parts = text.Split('.');
        if (parts.Length == 3 && parts[0] == "f" && IsId(parts[1]) && IsSecret(parts[2]))
        {
            credential = new Credential(LiveRoles.Facilitator, parts[1], null, parts[2]);
            return true;
        }

        if (parts.Length == 4 && parts[0] == "p" && IsId(parts[1]) && IsId(parts[2]) && IsSecret(parts[3]))
        {
            credential = new Credential(LiveRoles.Participant, parts[1], parts[2], parts[3]);
            return true;
        }

        return false;
    }

    public override string ToString() => Role == LiveRoles.Facilitator
        ? $"f.{TeamId}.{Secret}"
        : $"p.{TeamId}.{ParticipantId}.{Secret}";

    public static bool IsId(string text) => IdPattern().IsMatch(text);

    /// <summary>Key ids: twelve hex characters, or "lead" for a team's founding key.</summary>
    public static bool IsKeyId(string text) => text == "lead" || KeyIdPattern().IsMatch(text);

    [GeneratedRegex("^[a-f0-9]{12}$")]
    private static partial Regex KeyIdPattern();

    private static bool IsSecret(string text) => SecretPattern().IsMatch(text);

    [GeneratedRegex("^[a-f0-9]{24}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex SecretPattern();
}
