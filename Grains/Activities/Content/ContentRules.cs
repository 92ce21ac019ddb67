using System.Text.RegularExpressions;
using AntiLeadership.Live.Activities.Content;

namespace AntiLeadership.Live.Grains.Activities.Content;

/// <summary>What a content card may hold, with the messages a facilitator sees when it may not.</summary>
public static partial class ContentRules
{
    /// <summary>A card is read from the back of the room: a few short paragraphs or a list, not an essay.</summary>
    public const int MaxMarkdownLength = 4000;

    public const int MaxAltLength = 200;

    public const string NoInput = "This is a content card: there is nothing to send, only to read.";

    /// <summary>
    /// The text as it will be stored, or why it cannot be. Lines stay lines (Markdown needs them; line
    /// ends become \n and tabs four spaces); any other control or hidden direction character is refused,
    /// invisible format characters are stripped as in every text. Empty is fine: a card may be a heading
    /// and an image.
    /// </summary>
    public static CheckedText Markdown(string? typed)
    {
        var text = (typed ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Replace("\t", "    ");
        if (TextRules.HasForbiddenCharacters(text.Replace('\n', ' ')))
        {
            return CheckedText.Refused(TextRules.ForbiddenCharactersMessage);
        }

        var normalized = TextRules.Normalize(text);
        return normalized.Length > MaxMarkdownLength
            ? CheckedText.Refused($"A card's text can be at most {MaxMarkdownLength:N0} characters: this one has {normalized.Length:N0}.")
            : new CheckedText(normalized, null);
    }

    public static CheckedText Alt(string? typed) => TextRules.Check(
        typed,
        MaxAltLength,
        $"Describe the image in 1 to {MaxAltLength} characters: screen readers read this out instead of the image.",
        "Describe the image in words people can see: this description has only invisible characters.");

    /// <summary>An id the server made for an uploaded image (see <see cref="ICardImageGrain"/>).</summary>
    public static bool IsImageId(string? id) => id is not null && ImageIdPattern().IsMatch(id);

    /// <summary>The setup as it will be stored (text, image id, alt text), or why it cannot be.</summary>
    public static (string Markdown, string? ImageId, string? ImageAlt, string? Problem) Setup(ContentSetup setup)
    {
        var (markdown, problem) = Markdown(setup.Markdown);
        if (problem is not null)
        {
            return ("", null, null, problem);
        }

        if (string.IsNullOrEmpty(setup.ImageId))
        {
            // Alt text belongs to an image; without one there is nothing for it to describe.
            return (markdown, null, null, null);
        }

        if (!IsImageId(setup.ImageId))
        {
            return ("", null, null, "This image was not uploaded here. Upload it again.");
        }

        var (alt, altProblem) = Alt(setup.ImageAlt);
        return altProblem is null ? (markdown, setup.ImageId, alt, null) : ("", null, null, altProblem);
    }

    [GeneratedRegex("^[a-f0-9]{24}$")]
    private static partial Regex ImageIdPattern();
}
