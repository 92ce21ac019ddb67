using System.Security.Cryptography;
using System.Text;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// "Live:StartKey": on a server the public can reach, only those given the key start workshops. The
/// key is compared in constant time and never logged; wrong keys cost a start from the address's
/// allowance (<see cref="StartThrottle"/>), so it cannot be guessed quickly either.
/// </summary>
public static class StartKey
{
    public const string Needed = "This server asks for a start key to start a workshop. Type the key whoever runs it gave you.";

    public const string Wrong = "That start key is not right. Check it with whoever runs this server.";

    /// <summary>Null when starting is open (no key set, or the right one offered); else the sentence to show.</summary>
    public static string? Refusal(string configured, string? offered)
    {
        if (configured.Length == 0)
        {
            return null;
        }

        if (string.IsNullOrEmpty(offered))
        {
            return Needed;
        }

        // Hashed first, so the comparison takes the same time whatever either length is.
        var right = CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(offered)),
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
        return right ? null : Wrong;
    }
}
