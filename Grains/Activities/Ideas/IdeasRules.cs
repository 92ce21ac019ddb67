using System.Text.RegularExpressions;
using AntiLeadership.Live.Activities.Ideas;

namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>The limits of an ideas activity, with the messages people see when they hit one.</summary>
public static partial class IdeasRules
{
    public const int MaxPromptLength = 200;
    public const int MaxEntriesPerPersonLimit = 10;
    public const int LongestEntry = 140;
    public const int ShortestEntryLimit = 20;
    public const int MaxDotsPerPersonLimit = 10;
    public const int MaxGroupNameLength = 60;

    /// <summary>Items a facilitator may keep from one activity: a plan of more would not be a plan.</summary>
    public const int MaxKept = 20;

    /// <summary>
    /// Entries in one activity, whoever wrote them: a room of a thousand writing three each is 3,000; this
    /// bounds the stored state (about 2.5 MB of JSON at the longest entries) for any room.
    /// </summary>
    public const int MaxEntries = 10_000;

    /// <summary>Entries one grouping change may move: a whole page of them, no more.</summary>
    public const int MaxMoved = 200;

    public static CheckedText Prompt(string? typed) => TextRules.Check(
        typed,
        MaxPromptLength,
        $"Give the ideas a prompt of 1 to {MaxPromptLength} characters, such as \"What should we start doing?\".",
        "Give the ideas a prompt people can see: this one has only invisible characters.");

    public static string? CheckSetup(IdeasSetup setup)
    {
        if (Prompt(setup.Prompt).Problem is { } prompt)
        {
            return prompt;
        }

        if (setup.MaxEntriesPerPerson is < 1 or > MaxEntriesPerPersonLimit)
        {
            return $"Each person can write 1 to {MaxEntriesPerPersonLimit} entries.";
        }

        if (setup.MaxEntryLength is < ShortestEntryLimit or > LongestEntry)
        {
            return $"An entry can be {ShortestEntryLimit} to {LongestEntry} characters long.";
        }

        if (setup.DotsPerPerson is < 1 or > MaxDotsPerPersonLimit)
        {
            return $"Dots per person must be between 1 and {MaxDotsPerPersonLimit}.";
        }

        return setup.MaxDotsPerItem < 1 || setup.MaxDotsPerItem > setup.DotsPerPerson
            ? "Dots per item must be at least 1 and no more than the dots each person has."
            : null;
    }

    /// <summary>An entry as it will be stored, or why it cannot be.</summary>
    public static CheckedText Entry(string? typed, int maxLength) => TextRules.Check(
        typed,
        maxLength,
        $"Each entry can be 1 to {maxLength} characters.",
        "Write something people can see: this entry has only invisible characters.");

    /// <summary>A group's name as it will be stored (empty: no name), or why it cannot be.</summary>
    public static CheckedText GroupName(string? typed) => string.IsNullOrWhiteSpace(typed)
        ? new CheckedText("", null)
        : TextRules.Check(
            typed,
            MaxGroupNameLength,
            $"A group's name can be at most {MaxGroupNameLength} characters.",
            "Give the group a name people can see: this one has only invisible characters.");

    /// <summary>Ids phones make up for their entries: unguessable enough, and never containing the '@' of a place.</summary>
    public static bool IsEntryId(string? id) => id is not null && EntryIdPattern().IsMatch(id);

    /// <summary>The start of an entry, to name it in a message.</summary>
    public static string Quote(string text)
    {
        if (text.Length <= 40)
        {
            return $"“{text}”";
        }

        // Never half a surrogate pair (an emoji) at the cut.
        var cut = char.IsHighSurrogate(text[38]) ? 38 : 39;
        return $"“{text[..cut].TrimEnd()}…”";
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{8,40}$")]
    private static partial Regex EntryIdPattern();
}
