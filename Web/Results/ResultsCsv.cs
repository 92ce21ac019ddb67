using System.Globalization;
using System.Text;

namespace AntiLeadership.Live.Web.Results;

/// <summary>
/// The rankings as CSV for a spreadsheet: one row per statement per vote, aggregates only (who placed
/// which dots stays in the JSON download of named votes). Text that a spreadsheet would run as a
/// formula is prefixed with an apostrophe, so a statement cannot become a live formula on a laptop.
/// </summary>
public static class ResultsCsv
{
    public static string Write(ResultsExport results)
    {
        var csv = new StringBuilder();
        Row(csv, "Activity", "Anonymous", "Rank", "Statement", "Dots", "People");
        foreach (var vote in results.Activities)
        {
            foreach (var statement in vote.Ranking)
            {
                Row(csv, vote.Title, vote.Anonymous ? "yes" : "no", Number(statement.Rank), statement.Statement, Number(statement.Dots), Number(statement.Voters));
            }
        }

        return csv.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        csv.Append("\r\n");
    }

    private static string Field(string text)
    {
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0]) && !double.TryParse(text, CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
