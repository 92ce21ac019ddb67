using System.Security.Cryptography;
using System.Text;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>Random ids, secrets and the hashes we store instead of secrets.</summary>
public static class Secrets
{
    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 is enough here: the secrets are 256 random bits, not passwords to brute-force.</summary>
    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
