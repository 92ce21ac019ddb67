using System.Globalization;
using System.Text;

namespace AntiLeadership.Live;

/// <summary>Which characters a person sees on screen, for <see cref="TextRules"/>.</summary>
internal static class VisibleText
{
    // Letters and symbols that are drawn as nothing at all: the Hangul fillers, the blank braille
    // pattern, the Khmer inherent vowels, a musical null notehead. They are the usual way to make a
    // name that looks empty, or to pad one so it looks like somebody else's.
    private static readonly HashSet<int> BlankLooking =
    [
        0x115F, 0x1160, 0x3164, 0xFFA0, // Hangul choseong, jungseong, compatibility and half-width fillers
        0x2800, // braille pattern blank
        0x17B4, 0x17B5, // Khmer inherent vowels
        0x180E, // Mongolian vowel separator (a space in older Unicode)
        0x1D159, // musical symbol null notehead
    ];

    /// <summary>White space of any kind, or a character drawn as nothing.</summary>
    public static bool IsBlank(Rune rune) => Rune.IsWhiteSpace(rune) || BlankLooking.Contains(rune.Value);

    /// <summary>A combining mark: visible only on the character before it.</summary>
    public static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>
    /// Something a person sees by itself: not blank, not a format or control character, not a
    /// combining mark, not a code point Unicode has not assigned (which fonts draw as nothing or a box).
    /// </summary>
    public static bool IsVisible(Rune rune) => !IsBlank(rune) && !IsMark(rune) && Rune.GetUnicodeCategory(rune) is not
        (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
