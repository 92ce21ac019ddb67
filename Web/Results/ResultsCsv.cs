using System.Globalization;
using System.Text;

namespace AntiLeadership.Live.Web.Results;

/// <summary>
/// Every activity's aggregate results as CSV for a spreadsheet, one row per counted item, the same
/// columns for every kind (who contributed what stays in the JSON download of named activities). In an
/// anonymous activity a group of one or two people reads "fewer than 3". Text that a spreadsheet would
/// run as a formula is prefixed with an apostrophe, so a statement cannot become a live formula on a laptop.
/// </summary>
public static class ResultsCsv
{
    public static IReadOnlyList<string> Columns { get; } = ["Activity", "Kind", "Anonymous", "Section", "Rank", "Item", "Value", "People"];

    public static string Write(ResultsExport results)
    {
        var csv = new StringBuilder();
        Row(csv, [.. Columns]);
        Rows(csv, results);
        return csv.ToString();
    }

    /// <summary>
    /// Appends the session's rows under <see cref="Columns"/>, each after <paramref name="leading"/>
    /// (the team's CSV puts the session's title and date first), so every export shares one shape.
    /// </summary>
    public static void Rows(StringBuilder csv, ResultsExport results, params string[] leading)
    {
        foreach (var activity in results.Activities)
        {
            foreach (var row in activity.Rows)
            {
                Row(
                    csv,
                    [
                        .. leading,
                        activity.Title,
                        activity.Kind,
                        activity.Anonymous ? "yes" : "no",
                        row.Section,
                        row.Rank is { } rank ? Number(rank) : "",
                        row.Item,
                        row.FewerThanThree ? "" : row.Value is { } value ? Number(value) : "",
                        row.FewerThanThree ? "fewer than 3" : row.People is { } people ? Number(people) : "",
                    ]);
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One CSV line, each field quoted where needed and defused where a spreadsheet would run it.</summary>
    public static void Row(StringBuilder csv, params string[] fields)
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
