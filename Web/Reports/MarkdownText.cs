using System.Text;

namespace AntiLeadership.Live.Web.Reports;

/// <summary>
/// People's text made safe to put inside a Markdown line: it stays on its line (no new heading, list
/// item or block quote can start), and every character that could open emphasis, code, a link, an image,
/// a table cell, an entity or HTML is backslash-escaped, so the text reads as typed in any renderer.
/// </summary>
public static class MarkdownText
{
    // CommonMark lets any ASCII punctuation be escaped; these are the ones that mean something inline
    // (GitHub's flavour adds ~ and |). Line-start markers (#, -, +, 1.) need no escape because user
    // text never starts a line here, and '#' is escaped anyway so a heading cannot lose its end.
    private const string Special = "\\`*_[]<>#|~&!";

    public static string Escape(string? text)
    {
        var escaped = new StringBuilder();
        var space = false;
        foreach (var c in (text ?? "").Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }

            if (space && escaped.Length > 0)
            {
                escaped.Append(' ');
            }

            space = false;
            if (Special.Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
