namespace AntiLeadership.Live.Grains;

/// <summary>
/// What any text a person types may contain. Control characters and the invisible direction
/// overrides are refused: they can make a name or statement look like something else on screen.
/// </summary>
public static class TextRules
{
    public const string ForbiddenCharactersMessage = "Text cannot contain control or hidden direction characters.";

    public static bool HasForbiddenCharacters(string? text) => text is not null && text.Any(IsForbidden);

    private static bool IsForbidden(char c) =>
        char.IsControl(c)
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C';
}
