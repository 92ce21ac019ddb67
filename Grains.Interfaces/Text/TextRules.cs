using System.Globalization;
using System.Text;

namespace AntiLeadership.Live;

/// <summary>
/// What any text a person types may contain, and the form it is stored in. Control characters and the
/// invisible direction overrides are refused: they can make a name or statement look like something
/// else on screen. Other invisible format characters (zero-width spaces, soft hyphens, word joiners…)
/// are stripped, and text with nothing visible left is refused, so nobody is called "" on screen.
/// </summary>
public static class TextRules
{
    public const string ForbiddenCharactersMessage = "Text cannot contain control or hidden direction characters.";

    private const int ZeroWidthNonJoiner = 0x200C;
    private const int ZeroWidthJoiner = 0x200D;

    public static bool HasForbiddenCharacters(string? text) => text is not null && text.Any(IsForbidden);

    /// <summary>
    /// Typed text ready to check and store: invisible format characters stripped, blank characters
    /// trimmed from both ends, composed (NFC). A joiner stays only between two visible characters:
    /// emoji such as 👩‍💻 need the zero-width joiner, and Persian and Indic spelling the non-joiner.
    /// </summary>
    public static string Normalize(string? text)
    {
        var runes = Runes(text);
        var kept = new List<Rune>(runes.Count);
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i];
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format
                && !(IsJoiner(rune) && kept.Count > 0 && Joins(kept[^1]) && i + 1 < runes.Count && VisibleText.IsVisible(runes[i + 1])))
            {
                continue;
            }

            kept.Add(rune);
        }

        var start = kept.FindIndex(r => !VisibleText.IsBlank(r));
        if (start < 0)
        {
            return "";
        }

        var end = kept.FindLastIndex(r => !VisibleText.IsBlank(r));
        var result = new StringBuilder();
        foreach (var rune in kept[start..(end + 1)])
        {
            result.Append(rune.ToString());
        }

        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether the text has at least one character a person can see.</summary>
    public static bool HasSomethingVisible(string text) => Runes(text).Exists(VisibleText.IsVisible);

    /// <summary>
    /// What two names are compared by, so that names that look alike count as the same: compatibility
    /// forms (NFKC: full-width letters, ligatures), case (folded), blanks (collapsed to one space) and
    /// joiners (ignored) make no difference.
    /// </summary>
    public static string NameKey(string text)
    {
        var key = new StringBuilder();
        var space = false;
        foreach (var rune in Runes(Normalize(text).Normalize(NormalizationForm.FormKC)))
        {
            if (VisibleText.IsBlank(rune) || IsJoiner(rune))
            {
                space |= VisibleText.IsBlank(rune) && key.Length > 0;
                continue;
            }

            if (space)
            {
                key.Append(' ');
                space = false;
            }

            key.Append(rune.ToString());
        }

        return key.ToString().ToUpperInvariant().ToLowerInvariant();
    }

    /// <summary>
    /// The typed text as it will be stored, or the sentence saying why it cannot be: forbidden
    /// characters, nothing typed or too long (<paramref name="lengthProblem"/>), or only invisible
    /// characters (<paramref name="invisibleProblem"/>). Lengths count the normalised text.
    /// </summary>
    public static CheckedText Check(string? typed, int maxLength, string lengthProblem, string invisibleProblem)
    {
        if (HasForbiddenCharacters(typed?.Trim()))
        {
            return CheckedText.Refused(ForbiddenCharactersMessage);
        }

        var text = Normalize(typed);
        if (string.IsNullOrWhiteSpace(typed) || text.Length > maxLength)
        {
            return CheckedText.Refused(lengthProblem);
        }

        return HasSomethingVisible(text) ? new CheckedText(text, null) : CheckedText.Refused(invisibleProblem);
    }

    private static bool IsForbidden(char c) =>
        char.IsControl(c)
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C';

    private static bool IsJoiner(Rune rune) => rune.Value is ZeroWidthJoiner or ZeroWidthNonJoiner;

    // What a joiner may follow: a visible character, or a mark on one (❤️‍🔥 has a variation selector before its joiner).
    private static bool Joins(Rune before) => VisibleText.IsVisible(before) || VisibleText.IsMark(before);

    /// <summary>The text's characters; halves of a surrogate pair on their own are not characters, and are dropped.</summary>
    private static List<Rune> Runes(string? text)
    {
        var runes = new List<Rune>(text?.Length ?? 0);
        var rest = (text ?? "").AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) == System.Buffers.OperationStatus.Done)
            {
                runes.Add(rune);
            }

            rest = rest[used..];
        }

        return runes;
    }
}
