using System.Globalization;
using System.Text;
using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Web.Reports;

/// <summary>
/// The living plan as Markdown, to keep beside the team's other documents: each commitment with what,
/// why, owners by name, first step, review date and status, and its dated notes. Everything people
/// typed goes through <see cref="MarkdownText"/>.
/// </summary>
public static class PlanMarkdown
{
    public const string WholeTeam = "the whole team";

    public static string Write(string teamName, IReadOnlyList<ReportedCommitment> plan, DateTimeOffset now)
    {
        var md = new StringBuilder();
        md.Append("# Living plan: ").Append(MarkdownText.Escape(teamName)).Append("\n\n");
        md.Append("Exported ").Append(Day(now)).Append(" (UTC). ")
            .Append(plan.Count switch { 0 => "No commitments yet.", 1 => "1 commitment.", var n => $"{n} commitments." })
            .Append("\n");
        for (var i = 0; i < plan.Count; i++)
        {
            Commitment(md, i + 1, plan[i]);
        }

        return md.ToString();
    }

    public static string StatusWord(CommitmentStatus status) => status.ToString().ToLowerInvariant();

    private static void Commitment(StringBuilder md, int number, ReportedCommitment c)
    {
        md.Append("\n## ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(MarkdownText.Escape(c.What)).Append("\n\n");
        Field(md, "Status", StatusWord(c.Status));
        Field(md, "Why", Optional(c.Why));
        Field(md, "Owners", c.Owners.Count == 0 ? WholeTeam : string.Join(", ", c.Owners.Select(MarkdownText.Escape)));
        Field(md, "First step", Optional(c.FirstStep));
        Field(md, "Review on", c.ReviewOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not set");
        Field(md, "Committed on", Day(c.CreatedAt));
        md.Append("\n### Notes\n\n");
        if (c.Notes.Count == 0)
        {
            md.Append("No notes yet.\n");
        }

        foreach (var note in c.Notes)
        {
            md.Append("- ").Append(Day(note.At)).Append(", ").Append(MarkdownText.Escape(note.Author)).Append(": ");
            var parts = new List<string>();
            if (note.Status is { } status)
            {
                parts.Add($"status now {StatusWord(status)}.");
            }

            if (!string.IsNullOrWhiteSpace(note.Text))
            {
                parts.Add(MarkdownText.Escape(note.Text));
            }

            md.AppendJoin(' ', parts).Append('\n');
        }
    }

    private static void Field(StringBuilder md, string name, string value) =>
        md.Append("- **").Append(name).Append(":** ").Append(value).Append('\n');

    private static string Optional(string text) => string.IsNullOrWhiteSpace(text) ? "not written" : MarkdownText.Escape(text);

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
