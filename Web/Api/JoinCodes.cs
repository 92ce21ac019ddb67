using System.Security.Cryptography;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Join codes in Crockford base-32: no I, L, O or U, so "0/O" and "1/I/L" cannot be misread from the
/// back of a room. Eight characters are 40 random bits: guessing a live code by trying is hopeless.
/// </summary>
public static class JoinCodes
{
    public const int Length = 8;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => string.Create(Length, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });

    /// <summary>Reads a typed code leniently (case, spaces, dashes, look-alike letters); null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 32)
        {
            return null;
        }

        var chars = typed.ToUpperInvariant()
            .Where(c => c is not (' ' or '-'))
            .Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c })
            .ToArray();
        return chars.Length == Length && chars.All(Alphabet.Contains) ? new string(chars) : null;
    }
}
