using AntiLeadership.Live.Activities.CheckIns;

namespace AntiLeadership.Live.Grains.Activities.CheckIns;

/// <summary>What a check-in's question and answers may be, with the messages people see when they are not.</summary>
public static class CheckInRules
{
    public const int MaxPromptLength = 200;

    /// <summary>A word or a short phrase: long enough for "slightly under water", short enough to read in a cloud.</summary>
    public const int MaxWordLength = 30;

    public const int LowestScale = 1;
    public const int HighestScale = 5;

    public static CheckedText Prompt(string? typed) => TextRules.Check(
        typed,
        MaxPromptLength,
        $"Give the check-in a question of 1 to {MaxPromptLength} characters, such as \"One word for how you arrive today\".",
        "Give the check-in a question people can see: this one has only invisible characters.");

    public static string? CheckSetup(CheckInSetup setup) =>
        Prompt(setup.Prompt).Problem
        ?? (Enum.IsDefined(setup.Mode) ? null : "A check-in asks for a word or for a number from 1 to 5.");

    /// <summary>The word as it will be stored (blanks inside it collapsed to one space), or why it cannot be.</summary>
    public static CheckedText Word(string? typed)
    {
        var word = TextRules.Check(
            typed,
            MaxWordLength,
            $"One word or a short phrase, at most {MaxWordLength} characters.",
            "Type a word people can see: this one has only invisible characters.");
        return word.Problem is null ? word with { Text = string.Join(' ', word.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) } : word;
    }

    /// <summary>What words are counted and hidden by: "Tired", " tired " and "ＴＩＲＥＤ" are the same word.</summary>
    public static string Key(string word) => TextRules.NameKey(word);

    /// <summary>The answer as it will be stored, or why it cannot be.</summary>
    public static (string? Word, int? Scale, string? Problem) Answer(CheckInMode mode, CheckInInput input)
    {
        if (mode == CheckInMode.Word)
        {
            if (input.Scale is not null)
            {
                return (null, null, "This check-in asks for a word, not a number.");
            }

            var word = Word(input.Word);
            return word.Problem is null ? (word.Text, null, null) : (null, null, word.Problem);
        }

        if (input.Scale is not (>= LowestScale and <= HighestScale))
        {
            return (null, null, $"Pick a number from {LowestScale} to {HighestScale}.");
        }

        if (string.IsNullOrWhiteSpace(input.Word))
        {
            return (null, input.Scale, null);
        }

        var optional = Word(input.Word);
        return optional.Problem is null ? (optional.Text, input.Scale, null) : (null, null, optional.Problem);
    }
}
