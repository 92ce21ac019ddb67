using AntiLeadership.Live.Web.Results;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>Statements are free text written by anyone in the room; in a spreadsheet they must stay text.</summary>
public sealed class ResultsCsvTests
{
    [Fact]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_written_as_plain_text_and_quotes_survive()
    {
        var results = new ResultsExport("Blue", "Day one", DateTimeOffset.UnixEpoch, [
            new VoteResults("=1+1", false, "Closed", 3, 1, 3, [
                new RankedStatement(1, "=HYPERLINK(\"http://evil.example\",\"x\")", 2, 1),
                new RankedStatement(2, "-5 is \"fine\", really", 1, 1),
                new RankedStatement(3, "@SUM(A1)", 0, 0),
            ], null),
        ]);

        var csv = ResultsCsv.Write(results);

        Assert.Equal(
            "Activity,Anonymous,Rank,Statement,Dots,People\r\n" +
            "'=1+1,no,1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",2,1\r\n" +
            "'=1+1,no,2,\"'-5 is \"\"fine\"\", really\",1,1\r\n" +
            "'=1+1,no,3,'@SUM(A1),0,0\r\n", csv);
    }
}
