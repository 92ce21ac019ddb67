namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>
/// How many bytes a text takes in a message at most. The hub's JSON escapes every character outside
/// printable ASCII, and the HTML-sensitive ones, as \uXXXX: six bytes each (twelve for an emoji). An
/// estimate from above, so a page counted with it never passes the hub's message size.
/// </summary>
internal static class JsonSize
{
    public static int Of(string? text)
    {
        if (text is null)
        {
            return 4;
        }

        var size = 2;
        foreach (var c in text)
        {
            size += c is >= ' ' and <= '~' and not ('"' or '\\' or '<' or '>' or '&' or '\'' or '+' or '`') ? 1 : 6;
        }

        return size;
    }
}
