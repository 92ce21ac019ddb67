using AntiLeadership.Live.Web.Results;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>Statements are free text written by anyone in the room; in a spreadsheet they must stay text.</summary>
public sealed class ResultsCsvTests
{
    [Fact]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_written_as_plain_text_and_quotes_survive()
    {
        var results = new ResultsExport("Blue", "Day one", DateTimeOffset.UnixEpoch, [
            new ActivityResults("=1+1", "culture-priorities", false, ActivityStatus.Closed, 1, [
                new ResultRow("Dots", 1, "=HYPERLINK(\"http://evil.example\",\"x\")", 2, 1),
                new ResultRow("Dots", 2, "-5 is \"fine\", really", 1, 1),
                new ResultRow("Dots", 3, "@SUM(A1)", 0, 0),
            ], null),
        ]);

        var csv = ResultsCsv.Write(results);

        Assert.Equal(
            "Activity,Kind,Anonymous,Section,Rank,Item,Value,People\r\n" +
            "'=1+1,culture-priorities,no,Dots,1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",2,1\r\n" +
            "'=1+1,culture-priorities,no,Dots,2,\"'-5 is \"\"fine\"\", really\",1,1\r\n" +
            "'=1+1,culture-priorities,no,Dots,3,'@SUM(A1),0,0\r\n", csv);
    }

    [Fact]
    public void A_group_of_fewer_than_three_in_an_anonymous_activity_is_written_as_such_without_its_count()
    {
        var results = new ResultsExport("Blue", "Day one", DateTimeOffset.UnixEpoch, [
            new ActivityResults("How are we?", "check-in", true, ActivityStatus.Closed, 7, [
                new ResultRow("Scale", null, "5", null, null, FewerThanThree: true),
                new ResultRow("Scale", null, "4", 5, 5),
            ], null),
        ]);

        var csv = ResultsCsv.Write(results);

        Assert.Equal(
            "Activity,Kind,Anonymous,Section,Rank,Item,Value,People\r\n" +
            "How are we?,check-in,yes,Scale,,5,,fewer than 3\r\n" +
            "How are we?,check-in,yes,Scale,,4,5,5\r\n", csv);
    }
}
