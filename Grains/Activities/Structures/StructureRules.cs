using AntiLeadership.Live.Activities.Structures;

namespace AntiLeadership.Live.Grains.Activities.Structures;

/// <summary>Limits of a guided structure, and its checks, with the words each refusal shows.</summary>
public static class StructureRules
{
    public const int MaxPromptLength = 200;
    public const int MaxEntryLength = 200;
    public const int MaxEntriesPerStep = 5;

    public static CheckedText Prompt(string? typed) => TextRules.Check(
        typed,
        MaxPromptLength,
        $"Ask a question of 1 to {MaxPromptLength} characters.",
        "Ask a question people can see: this one has only invisible characters.");

    public static CheckedText Entry(string? typed) => TextRules.Check(
        typed,
        MaxEntryLength,
        $"Write 1 to {MaxEntryLength} characters.",
        "Write something people can see: this has only invisible characters.");

    public static string? CheckSetup(StructureSetup setup) =>
        !StructureCatalog.Knows(setup.Structure) ? "Choose one of the structures."
        : Prompt(setup.Prompt).Problem;
}
