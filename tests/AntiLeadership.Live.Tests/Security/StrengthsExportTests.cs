using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Strengths;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>
/// A strengths map in the results download: the team's counts, and in a named map the columns of those
/// who agreed to be shown. Who recognised whom never leaves the grain, in either format.
/// </summary>
public sealed class StrengthsExportTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private const string Example = "When prod fell over at night";

    /// <summary>
    /// Four people: careful listening chosen by three, fresh ideas by two, follow-through by one; three
    /// teammates see calm under pressure in Yannick, Yannick sees speaking up in Zelda. Xavi hides his column.
    /// </summary>
    private async Task<(WorkshopStarted Workshop, Dictionary<string, string> Ids)> MappedRoomAsync(bool anonymous)
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        await using var facilitator = WorkshopHubConnection.Build(fixture.App.BaseAddress, workshop.SessionId, workshop.FacilitatorKey);
        await facilitator.StartAsync().WaitAsync(Eventually.DefaultTimeout);
        var setup = JsonSerializer.SerializeToElement(new { title = "Our strengths", extraDomains = Array.Empty<string>(), extraStrengths = Array.Empty<object>(), hideResultsUntilRevealed = false, anonymous });
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), StrengthsKind.Name, setup).WaitAsync(Eventually.DefaultTimeout);

        var ids = new Dictionary<string, string>();
        var credentials = new Dictionary<string, string>();
        foreach (var name in new[] { "Zelda Quist", "Yannick Orr", "Xavi Puig", "Wanda Ek" })
        {
            var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
            ids[name] = joined.ParticipantId;
            credentials[name] = joined.Credential;
        }

        // Everyone joins before the map opens, as phones only offer teammates the map already knows.
        await facilitator.InvokeAsync("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open)).WaitAsync(Eventually.DefaultTimeout);

        object Seen(string who, string strength, string? example = null) => new { participantId = ids[who], strengthId = strength, example };
        var inputs = new Dictionary<string, object>
        {
            ["Zelda Quist"] = new { mine = new[] { "careful-listening", "fresh-ideas" }, recognitions = new[] { Seen("Yannick Orr", "calm-under-pressure", Example) }, showMyColumn = true },
            ["Yannick Orr"] = new { mine = new[] { "careful-listening", "follow-through" }, recognitions = new[] { Seen("Zelda Quist", "speaking-up") }, showMyColumn = true },
            ["Xavi Puig"] = new { mine = new[] { "careful-listening" }, recognitions = new[] { Seen("Yannick Orr", "calm-under-pressure") }, showMyColumn = false },
            ["Wanda Ek"] = new { mine = new[] { "fresh-ideas" }, recognitions = new[] { Seen("Yannick Orr", "calm-under-pressure") }, showMyColumn = true },
        };
        foreach (var (name, input) in inputs)
        {
            await using var phone = WorkshopHubConnection.Build(fixture.App.BaseAddress, workshop.SessionId, credentials[name]);
            await phone.StartAsync().WaitAsync(Eventually.DefaultTimeout);
            var receipt = await phone.InvokeAsync<JsonElement>("Submit", activityId, Guid.NewGuid().ToString(), JsonSerializer.SerializeToElement(input)).WaitAsync(Eventually.DefaultTimeout);
            Assert.True(receipt.GetProperty("accepted").GetBoolean(), receipt.GetRawText());
        }

        return (workshop, ids);
    }

    private Task<string> DownloadAsync(WorkshopStarted workshop, string format) => ResultsDownload.ReadAsync(fixture.Http, workshop, format);

    /// <summary>The CSV's rows after the header, as (section, rank, item, value, people).</summary>
    private static List<(string Section, string Rank, string Item, string Value, string People)> Rows(string csv) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(f => (f[3], f[4], f[5], f[6], f[7]))
            .ToList();

    [Fact]
    public async Task An_anonymous_map_exports_the_teams_counts_with_groups_of_one_or_two_as_fewer_than_three_and_nothing_that_names_anyone()
    {
        var (workshop, ids) = await MappedRoomAsync(anonymous: true);

        var csv = await DownloadAsync(workshop, "csv");
        var json = await DownloadAsync(workshop, "json");

        foreach (var secret in ids.Keys.SelectMany(n => n.Split(' ')).Concat(ids.Values))
        {
            Assert.DoesNotContain(secret, csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(Example, csv);
        Assert.DoesNotContain(Example, json);
        var activity = JsonDocument.Parse(json).RootElement.GetProperty("activities").EnumerateArray().Single();
        Assert.Equal(StrengthsKind.Name, activity.GetProperty("kind").GetString());
        Assert.True(activity.GetProperty("anonymous").GetBoolean());
        Assert.Equal(4, activity.GetProperty("contributors").GetInt32());
        Assert.Equal(JsonValueKind.Null, activity.GetProperty("details").GetProperty("people").ValueKind);
        Assert.Equal(27, activity.GetProperty("details").GetProperty("strengths").GetArrayLength());

        var rows = Rows(csv);
        Assert.All(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1), line => Assert.StartsWith("Our strengths,strengths,yes,", line));
        Assert.Contains(("Chosen by themselves", "1", "Building relationships: Careful listening", "3", "3"), rows);
        Assert.Contains(("Seen by others", "1", "Getting things done: Calm under pressure", "3", "3"), rows);
        Assert.Contains(("Chosen by themselves", "", "Thinking: Fresh ideas", "", "fewer than 3"), rows);
        Assert.Contains(("Chosen by themselves", "", "Getting things done: Follow-through", "", "fewer than 3"), rows);
        Assert.Contains(("Seen by others", "", "Influencing: Speaking up", "", "fewer than 3"), rows);
        Assert.Contains(("Chosen by themselves", "4", "Thinking: Seeing patterns", "0", "0"), rows);
        // No count of one or two people anywhere, not as a value, a group size, a domain's total or a rank
        // that tells a group of two from a group of one.
        Assert.All(rows, r => Assert.DoesNotContain(r.Value, new[] { "1", "2" }));
        Assert.All(rows, r => Assert.DoesNotContain(r.People, new[] { "1", "2" }));
        Assert.All(rows.Where(r => r.People == "fewer than 3"), r => Assert.Equal("", r.Rank));
        Assert.Contains(("Domain (chosen + seen)", "", "Thinking", "", "fewer than 3"), rows);
        Assert.Contains(("Domain (chosen + seen)", "", "Influencing", "", "fewer than 3"), rows);
        Assert.Contains(("Domain (chosen + seen)", "", "Building relationships", "3", "3"), rows);
    }

    [Fact]
    public async Task A_named_map_exports_the_columns_of_those_who_showed_theirs_and_never_who_recognised_whom()
    {
        var (workshop, ids) = await MappedRoomAsync(anonymous: false);

        var json = await DownloadAsync(workshop, "json");
        var csv = await DownloadAsync(workshop, "csv");

        var details = JsonDocument.Parse(json).RootElement.GetProperty("activities").EnumerateArray().Single().GetProperty("details");
        var people = details.GetProperty("people").EnumerateArray().ToList();
        // Xavi hid his column; Wanda's column shows her pick; nobody is exported beside what they gave.
        Assert.Equal(["Wanda Ek", "Yannick Orr", "Zelda Quist"], people.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["Careful listening", "Follow-through"], people[1].GetProperty("chosen").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal([("calm-under-pressure", 3)], people[1].GetProperty("seenByOthers").EnumerateArray().Select(s => (s.GetProperty("strengthId").GetString(), s.GetProperty("times").GetInt32())));
        Assert.Equal([("speaking-up", 1)], people[2].GetProperty("seenByOthers").EnumerateArray().Select(s => (s.GetProperty("strengthId").GetString(), s.GetProperty("times").GetInt32())));
        Assert.Empty(people[0].GetProperty("seenByOthers").EnumerateArray());
        foreach (var text in new[] { json, csv })
        {
            Assert.DoesNotContain("Xavi", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Example, text);
            Assert.DoesNotContain("\"from\"", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\"given\"", text, StringComparison.OrdinalIgnoreCase);
            foreach (var id in ids.Values)
            {
                Assert.DoesNotContain(id, text);
            }
        }

        Assert.DoesNotContain("Wanda", csv);
        Assert.Contains("Our strengths,strengths,no,Seen by others,1,Getting things done: Calm under pressure,3,3\r\n", csv);
        Assert.Contains("Our strengths,strengths,no,Chosen by themselves,3,Getting things done: Follow-through,1,1\r\n", csv);
    }
}
