namespace AntiLeadership.Live.Activities.Content;

/// <summary>
/// What a card's image may be: at most <see cref="MaxBytes"/>, and a PNG, JPEG, WebP or GIF as its own
/// first bytes say. A declared content type is never trusted, and SVG is refused: it is XML that can
/// carry script.
/// </summary>
public static class CardImageRules
{
    /// <summary>Plenty for a photo or a slide on a room display, little enough to store in a grain.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    public const string TooBig = "An image can be at most 2 MB. Make it smaller (a photo of 1,920 pixels across is plenty) and try again.";

    public const string Empty = "Choose an image file to upload.";

    public const string NotAnImage = "Only PNG, JPEG, WebP and GIF images can be uploaded.";

    public const string NoSvg = "SVG images are not taken: they can carry script. Save it as PNG and upload that.";

    /// <summary>The content type of <paramref name="bytes"/> from its magic numbers, or why it is refused.</summary>
    public static (string? ContentType, string? Problem) Check(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return (null, Empty);
        }

        if (bytes.Length > MaxBytes)
        {
            return (null, TooBig);
        }

        if (TypeOf(bytes) is { } type)
        {
            return (type, null);
        }

        return (null, LooksLikeSvg(bytes) ? NoSvg : NotAnImage);
    }

    private static string? TypeOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8) ? "image/gif"
        : bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;

    // Only to say why: anything that is not one of the four formats above is refused either way.
    private static bool LooksLikeSvg(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return head.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}
