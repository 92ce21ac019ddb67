using System.Globalization;
using System.Text;
using AntiLeadership.Live.Web.Results;

namespace AntiLeadership.Live.Web.Reports;

/// <summary>
/// Every session's aggregate results in one CSV: the session CSV's columns (<see cref="ResultsCsv"/>,
/// the same rows and the same "fewer than 3"), after the session's title and the day it started.
/// </summary>
public static class ProgrammeCsv
{
    public static string Write(ProgrammeReport report)
    {
        var csv = new StringBuilder();
        ResultsCsv.Row(csv, ["Session", "Date", .. ResultsCsv.Columns]);
        foreach (var session in report.Sessions)
        {
            ResultsCsv.Rows(csv, session.Results, session.Title, Day(session.StartedAt));
        }

        return csv.ToString();
    }

    private static string Day(DateTimeOffset? at) =>
        at is { } day ? day.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
}
