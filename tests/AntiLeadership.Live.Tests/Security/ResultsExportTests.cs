using System.Net;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Results;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>Results a facilitator downloads: everything a named vote may show, aggregates only for an anonymous one.</summary>
public sealed class ResultsExportTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private static async Task<(SecureRoom Room, string[] Secrets)> VotedRoomAsync(LiveAppFixture fixture, bool anonymous)
    {
        var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http, anonymous);
        var (zelda, zeldaJoined) = await room.JoinAsync("Zelda Quist");
        var (yannick, yannickJoined) = await room.JoinAsync("Yannick Orr");
        Assert.True((await SecureRoom.CastAsync(zelda, room.ActivityId, ("s1", 2), ("s2", 1))).Accepted);
        Assert.True((await SecureRoom.CastAsync(yannick, room.ActivityId, ("s2", 2))).Accepted);
        return (room, ["Zelda", "Quist", "Yannick", zeldaJoined.ParticipantId, yannickJoined.ParticipantId]);
    }

    private static async Task<string> DownloadAsync(SecureRoom room, string format)
    {
        using var response = await room.SendAsync(HttpMethod.Get, $"/api/sessions/{room.Workshop.SessionId}/results.{format}", room.Workshop.FacilitatorKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("attachment;", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.GetValues("Content-Disposition").Single());
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout);
    }

    [Fact]
    public async Task An_anonymous_vote_exports_its_ranking_and_nothing_that_names_or_identifies_a_voter()
    {
        var (room, secrets) = await VotedRoomAsync(fixture, anonymous: true);
        await using var _ = room;

        var json = await DownloadAsync(room, "json");
        var csv = await DownloadAsync(room, "csv");

        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, csv, StringComparison.OrdinalIgnoreCase);
        }

        var vote = Parse(json).Activities.Single();
        Assert.True(vote.Anonymous);
        Assert.Null(vote.Details!.Ballots);
        Assert.Equal(2, vote.Contributors);
        Assert.Equal([(1, "Mistakes are for learning", 3), (2, "We say what we really think", 2)], vote.Rows.Take(2).Select(r => (r.Rank!.Value, r.Item, r.Value!.Value)));
        // Two people voted: how many gave each statement dots is a group under three, and so is every
        // step of how the room answered.
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "Activity,Kind,Anonymous,Section,Rank,Item,Value,People",
                "Culture priorities,culture-priorities,yes,Dots,1,Mistakes are for learning,,fewer than 3",
                "Culture priorities,culture-priorities,yes,Dots,2,We say what we really think,,fewer than 3",
            ],
            lines.Take(3));
        Assert.NotEmpty(lines.Skip(3));
        Assert.All(lines.Skip(3), line => Assert.EndsWith(",,fewer than 3", line));
    }

    [Fact]
    public async Task A_named_vote_exports_who_placed_which_dots()
    {
        var (room, _) = await VotedRoomAsync(fixture, anonymous: false);
        await using var _ = room;

        var vote = Parse(await DownloadAsync(room, "json")).Activities.Single();

        Assert.False(vote.Anonymous);
        Assert.Equal(["Yannick Orr", "Zelda Quist"], vote.Details!.Ballots!.Select(b => b.Name));
        Assert.Equal([("Mistakes are for learning", 2)], vote.Details.Ballots![0].Dots.Select(d => (d.Statement, d.Dots)));
        Assert.Equal([("We say what we really think", 2), ("Mistakes are for learning", 1)], vote.Details.Ballots![1].Dots.Select(d => (d.Statement, d.Dots)));
    }

    [Fact]
    public async Task Only_the_team_s_own_facilitators_can_export_its_results()
    {
        var (room, _) = await VotedRoomAsync(fixture, anonymous: false);
        await using var _ = room;
        await using var other = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (_, participant) = await room.JoinAsync("Mallory");
        var path = $"/api/sessions/{room.Workshop.SessionId}/results.json";

        using var asParticipant = await room.SendAsync(HttpMethod.Get, path, participant.Credential);
        using var asBoard = await room.SendAsync(HttpMethod.Get, path, credential: null);
        using var asOtherTeam = await room.SendAsync(HttpMethod.Get, path, other.Workshop.FacilitatorKey);

        Assert.Equal(HttpStatusCode.Forbidden, asParticipant.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asBoard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asOtherTeam.StatusCode);
        Assert.Equal("This session does not exist in your team.", await SecureRoom.ErrorOf(asOtherTeam));
    }

    private static ExportedSession Parse(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<ExportedSession>(json, System.Text.Json.JsonSerializerOptions.Web)!;

    /// <summary>The download as a spreadsheet tool or script reads it.</summary>
    private sealed record ExportedSession(string TeamName, string SessionTitle, List<ExportedVote> Activities);

    private sealed record ExportedVote(string Title, string Kind, bool Anonymous, int Contributors, List<ResultRow> Rows, CulturePrioritiesDetails? Details);
}
