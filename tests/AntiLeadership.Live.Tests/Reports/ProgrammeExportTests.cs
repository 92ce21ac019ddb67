using System.Net;
using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CheckIns;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Reports;

/// <summary>
/// The team's exports read as a facilitator downloads them: every session's results in one CSV, the
/// living plan as Markdown, the report pages' data, and the refusals for anyone else.
/// </summary>
public sealed class ProgrammeExportTests(ClockedAppFixture fixture) : IClassFixture<ClockedAppFixture>
{
    private Uri Server => fixture.App.BaseAddress;

    /// <summary>A word check-in added and opened in the session, answered by each (name, word) joining with the code.</summary>
    private async Task<List<JoinedSession>> CheckInAsync(WorkshopStarted session, string title, bool anonymous, params (string Name, string Word)[] answers)
    {
        await using var facilitator = await HubPage.OpenAsync(Server, session.SessionId, session.FacilitatorKey);
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), CheckInKind.Name,
            new { title, prompt = "One word for how you arrive", mode = "word", hideResultsUntilRevealed = false, anonymous });
        await facilitator.InvokeAsync<object>("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open));
        var joined = new List<JoinedSession>();
        foreach (var (name, word) in answers)
        {
            var person = await Workshop.JoinAsync(fixture.Http, session.JoinCode, name);
            await using var phone = await HubPage.OpenAsync(Server, person.SessionId, person.Credential);
            Assert.True((await phone.SubmitAsync(activityId, new { word })).GetProperty("accepted").GetBoolean());
            joined.Add(person);
        }

        return joined;
    }

    [Fact]
    public async Task The_programme_csv_holds_every_session_after_its_title_and_date_with_a_small_anonymous_group_in_words()
    {
        var dayOne = await Workshop.StartAsync(fixture.Http, "Green team", "Day one");
        var named = await CheckInAsync(dayOne, "Opening", anonymous: false, ("Ana Quist", "calm"), ("Ben Orr", "calm"), ("Cem Puig", "curious"));
        fixture.Clock.MoveOn(TimeSpan.FromDays(90));
        var dayTwo = await TeamReports.StartNextSessionAsync(fixture.Http, dayOne, "Back together");
        var anonymous = await CheckInAsync(dayTwo, "Closing", anonymous: true, ("Dora Ek", "useful"), ("Eli Vos", "useful"));
        var days = (await fixture.App.Grains.GetGrain<Teams.ITeamGrain>(dayOne.TeamId).GetView().WaitAsync(Eventually.DefaultTimeout)).Sessions
            .Select(s => s.StartedAt!.Value.UtcDateTime.ToString("yyyy-MM-dd")).ToArray();
        var (started, later) = (days[0], days[1]);
        Assert.InRange((DateTime.Parse(later, System.Globalization.CultureInfo.InvariantCulture) - DateTime.Parse(started, System.Globalization.CultureInfo.InvariantCulture)).Days, 90, 91);

        var (status, csv, type, fileName) = await TeamReports.GetAsync(fixture.Http, $"/api/teams/{dayOne.TeamId}/results.csv", dayOne.FacilitatorKey);
        var json = await TeamReports.ReadAsync(fixture.Http, $"/api/teams/{dayOne.TeamId}/report.json", dayOne.FacilitatorKey);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", type);
        Assert.Matches(@"^programme-results-\d{4}-\d{2}-\d{2}\.csv$", fileName);
        Assert.Equal(
            "Session,Date,Activity,Kind,Anonymous,Section,Rank,Item,Value,People\r\n" +
            $"Day one,{started},Opening,check-in,no,Words,,calm,2,2\r\n" +
            $"Day one,{started},Opening,check-in,no,Words,,curious,1,1\r\n" +
            $"Back together,{later},Closing,check-in,yes,Words,,useful,,fewer than 3\r\n", csv);

        // The report's data names the people of the named check-in, and nobody of the anonymous one.
        var sessions = JsonDocument.Parse(json).RootElement.GetProperty("sessions");
        Assert.Equal(["Day one", "Back together"], sessions.EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        var answers = sessions[0].GetProperty("results").GetProperty("activities")[0].GetProperty("details").GetProperty("answers");
        Assert.Equal(["Ana Quist:calm", "Ben Orr:calm", "Cem Puig:curious"],
            answers.EnumerateArray().Select(a => $"{a.GetProperty("name").GetString()}:{a.GetProperty("word").GetString()}").Order());
        foreach (var secret in anonymous.SelectMany(p => new[] { p.DisplayName, p.ParticipantId }))
        {
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, csv, StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(named, p => Assert.DoesNotContain(p.ParticipantId, json));
    }

    [Fact]
    public async Task The_plan_as_markdown_gives_owners_by_name_its_dated_notes_and_keeps_typed_text_from_becoming_markup()
    {
        var workshop = await Workshop.StartAsync(fixture.Http, "Red team", "Day one");
        var ana = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana *the* [best]");
        var ben = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ben");
        var cem = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Cem");
        var plan = fixture.App.Grains.GetGrain<ITeamPlanGrain>(workshop.TeamId);
        var pairing = Guid.NewGuid().ToString();
        Assert.True((await plan.Commit(pairing, new CommitmentDraft(
            "# Pair on <b>reviews</b> [click](http://evil.example)",
            "- so nobody waits _days_ | `rm -rf` & <script>alert(1)</script>",
            [ana.ParticipantId, ben.ParticipantId, cem.ParticipantId],
            "![img](x) Book a slot",
            new DateOnly(2027, 3, 1))).WaitAsync(Eventually.DefaultTimeout)).Succeeded);
        Assert.True((await plan.Commit(Guid.NewGuid().ToString(), new CommitmentDraft("Fewer meetings", "", [], "", null)).WaitAsync(Eventually.DefaultTimeout)).Succeeded);
        fixture.Clock.MoveOn(TimeSpan.FromDays(14));
        Assert.True((await plan.Note(pairing, "Started> on **Monday**", CommitmentStatus.Trying, "Ana *the* [best]").WaitAsync(Eventually.DefaultTimeout)).Succeeded);
        var noted = (await plan.GetPlan().WaitAsync(Eventually.DefaultTimeout)).Commitments[0].Notes.Single().At.UtcDateTime.ToString("yyyy-MM-dd");
        Assert.True((await fixture.App.Grains.GetGrain<Teams.ITeamGrain>(workshop.TeamId).RemoveMember(cem.ParticipantId).WaitAsync(Eventually.DefaultTimeout)).Succeeded);

        var (status, markdown, type, fileName) = await TeamReports.GetAsync(fixture.Http, $"/api/teams/{workshop.TeamId}/plan.md", workshop.FacilitatorKey);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/markdown", type);
        Assert.Matches(@"^living-plan-\d{4}-\d{2}-\d{2}\.md$", fileName);
        var lines = markdown.Split('\n');
        Assert.Equal("# Living plan: Red team", lines[0]);
        Assert.Contains(@"## 1. \# Pair on \<b\>reviews\</b\> \[click\](http://evil.example)", lines);
        Assert.Contains("- **Status:** trying", lines);
        Assert.Contains(@"- **Why:** - so nobody waits \_days\_ \| \`rm -rf\` \& \<script\>alert(1)\</script\>", lines);
        Assert.Contains(@"- **Owners:** Ana \*the\* \[best\], Ben, a former member", lines);
        Assert.Contains(@"- **First step:** \!\[img\](x) Book a slot", lines);
        Assert.Contains("- **Review on:** 2027-03-01", lines);
        Assert.Contains($@"- {noted}, Ana \*the\* \[best\]: status now trying. Started\> on \*\*Monday\*\*", lines);
        Assert.Contains("## 2. Fewer meetings", lines);
        Assert.Contains("- **Owners:** the whole team", lines);
        Assert.Contains("- **Review on:** not set", lines);
        Assert.DoesNotContain(ana.ParticipantId, markdown);
        // Nothing typed starts a line of its own: every line is one the plan's layout made.
        Assert.All(lines.Where(l => l.Length > 0), l => Assert.Matches(@"^(# Living plan: |Exported |## \d+\. |### Notes$|- \*\*[A-Za-z ]+:\*\* |- \d{4}-\d{2}-\d{2}, |No notes yet\.$)", l));
    }

    [Fact]
    public async Task Another_teams_key_and_no_key_get_none_of_the_teams_reports()
    {
        var own = await Workshop.StartAsync(fixture.Http, "Blue team", "Day one");
        var other = await Workshop.StartAsync(fixture.Http, "Other team", "Day one");
        await CheckInAsync(own, "Opening", anonymous: false, ("Ana", "calm"));

        foreach (var path in new[] { "results.csv", "plan.md", "report.json" })
        {
            var (stolen, body, _, _) = await TeamReports.GetAsync(fixture.Http, $"/api/teams/{own.TeamId}/{path}", other.FacilitatorKey);
            var (anonymousCall, _, _, _) = await TeamReports.GetAsync(fixture.Http, $"/api/teams/{own.TeamId}/{path}", null);
            Assert.Equal(HttpStatusCode.Forbidden, stolen);
            Assert.DoesNotContain("Ana", body);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymousCall);
        }

        var (otherSession, sessionBody, _, _) = await TeamReports.GetAsync(fixture.Http, $"/api/sessions/{own.SessionId}/report.json", other.FacilitatorKey);
        var (noKey, _, _, _) = await TeamReports.GetAsync(fixture.Http, $"/api/sessions/{own.SessionId}/report.json", null);
        Assert.Equal(HttpStatusCode.NotFound, otherSession);
        Assert.Equal(OwnSession.NotInTeam, JsonDocument.Parse(sessionBody).RootElement.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, noKey);

        var report = JsonDocument.Parse(await TeamReports.ReadAsync(fixture.Http, $"/api/sessions/{own.SessionId}/report.json", own.FacilitatorKey)).RootElement;
        Assert.Equal(own.TeamId, report.GetProperty("teamId").GetString());
        Assert.Equal("Blue team", report.GetProperty("teamName").GetString());
        Assert.Equal("Ana", report.GetProperty("results").GetProperty("activities")[0].GetProperty("details").GetProperty("answers")[0].GetProperty("name").GetString());
    }
}
