using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Tests.Security;
using AntiLeadership.Live.Web.TeamHome;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;

namespace AntiLeadership.Live.Tests.TeamProgramme;

/// <summary>The team home through its HTTP API and its live hub: who sees what, who may change what, and retries that change once.</summary>
public sealed class TeamHomeApiTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    [Fact]
    public async Task Members_read_the_home_without_what_was_kept_facilitators_with_it_and_nobody_else_reads_it()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (_, ana) = await room.JoinAsync("Ana");
        var team = room.Workshop.TeamId;
        await fixture.App.Grains.GetGrain<ITeamShortlistGrain>(team).Keep(new ShortlistItem("a1", "i1", "Pair on reviews", "Ideas", room.Workshop.SessionId, DateTimeOffset.UtcNow));
        var other = await Workshop.StartAsync(fixture.Http, team: "Blue team");

        var asMember = await ReadHomeAsync(room, team, ana.Credential);
        var asFacilitator = await ReadHomeAsync(room, team, room.Workshop.FacilitatorKey);
        using var asBoard = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/home", null);
        using var asOtherTeam = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/home", other.FacilitatorKey);

        Assert.False(asMember.Viewer.Facilitator);
        Assert.Equal("Ana", asMember.Viewer.Name);
        Assert.Empty(asMember.Kept);
        Assert.Equal(["Ana"], asMember.Members.Select(m => m.DisplayName));
        Assert.True(asFacilitator.Viewer.Facilitator);
        Assert.Equal(["Pair on reviews"], asFacilitator.Kept.Select(k => k.Text));
        Assert.Single(asFacilitator.Sessions);
        Assert.NotNull(asFacilitator.Sessions[0].StartedAt);
        Assert.Equal(HttpStatusCode.Unauthorized, asBoard.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asOtherTeam.StatusCode);
    }

    [Fact]
    public async Task A_member_adds_a_note_in_their_name_once_however_often_it_is_sent_but_cannot_write_commitments()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (_, ana) = await room.JoinAsync("Ana");
        var team = room.Workshop.TeamId;
        var id = await CommitAsync(room, "Stand-ups without a chair");
        var note = new { noteId = "n-1", text = "Tried it twice; people liked it", status = "trying" };

        using var first = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/home/plan/{id}/notes", ana.Credential, note);
        using var again = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/home/plan/{id}/notes", ana.Credential, note);
        using var write = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/home/plan", ana.Credential, new { commitmentId = "c-x", draft = Draft("Mine") });
        using var blank = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/home/plan/{id}/notes", ana.Credential, new { noteId = "n-2", text = " " });

        var commitment = (await fixture.App.Grains.GetGrain<ITeamPlanGrain>(team).GetPlan()).Commitments.Single();
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("Write a note or change the status.", await SecureRoom.ErrorOf(blank));
        var only = Assert.Single(commitment.Notes);
        Assert.Equal(("Ana", "Tried it twice; people liked it", CommitmentStatus.Trying), (only.Author, only.Text, only.Status));
        Assert.Equal(CommitmentStatus.Trying, commitment.Status);
    }

    [Fact]
    public async Task Owners_must_be_members_and_a_rewrite_on_an_old_revision_is_refused_with_nothing_changed()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (_, ana) = await room.JoinAsync("Ana");
        var team = room.Workshop.TeamId;
        var key = room.Workshop.FacilitatorKey;

        using var stranger = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/home/plan", key, new { commitmentId = "c-1", draft = Draft("Rotate the chair", "0123456789abcdef01234567") });
        using var owned = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/home/plan", key, new { commitmentId = "c-1", draft = Draft("Rotate the chair", ana.ParticipantId) });
        using var revised = await room.SendAsync(HttpMethod.Put, $"/api/teams/{team}/home/plan/c-1", key, new { draft = Draft("Rotate the chair weekly", ana.ParticipantId), seenRevision = 1 });
        using var stale = await room.SendAsync(HttpMethod.Put, $"/api/teams/{team}/home/plan/c-1", key, new { draft = Draft("Rotate the chair monthly", ana.ParticipantId), seenRevision = 1 });

        Assert.Equal("One of the owners is not (any more) in this team. Choose the owners again.", await SecureRoom.ErrorOf(stranger));
        Assert.Equal(HttpStatusCode.NoContent, owned.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revised.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        var commitment = (await fixture.App.Grains.GetGrain<ITeamPlanGrain>(team).GetPlan()).Commitments.Single();
        Assert.Equal("Rotate the chair weekly", commitment.Draft.What);
        Assert.Equal([ana.ParticipantId], commitment.Draft.Owners);
    }

    [Fact]
    public async Task An_open_team_home_gets_the_plan_when_it_connects_and_again_after_a_members_note()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (_, ana) = await room.JoinAsync("Ana");
        var team = room.Workshop.TeamId;
        var id = await CommitAsync(room, "Ask before deciding");
        var plans = new List<TeamPlan>();
        await using var home = TeamHome(room.Workshop.FacilitatorKey);
        home.On<TeamPlan>("PlanChanged", plan => { lock (plans) { plans.Add(plan); } });
        await home.StartAsync().WaitAsync(Eventually.DefaultTimeout);
        await Eventually.IsTrueAsync(() => { lock (plans) { return plans.Count == 1; } }, "the plan on connecting");

        using var noted = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/home/plan/{id}/notes", ana.Credential, new { noteId = "n-1", text = "Worked on Tuesday" });

        Assert.Equal(HttpStatusCode.NoContent, noted.StatusCode);
        await Eventually.IsTrueAsync(() => { lock (plans) { return plans.Any(p => p.Commitments.Single().Notes.Count == 1); } }, "the note pushed");
        lock (plans)
        {
            Assert.Equal("Worked on Tuesday", plans[^1].Commitments.Single().Notes.Single().Text);
            Assert.True(plans[^1].Version > plans[0].Version);
        }
    }

    [Fact]
    public async Task A_members_open_team_home_is_told_and_closed_when_they_are_removed_and_the_facilitators_stays_live()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (_, ana) = await room.JoinAsync("Ana");
        var team = room.Workshop.TeamId;
        await CommitAsync(room, "Ask before deciding");
        var anasPlans = new List<TeamPlan>();
        var facilitatorsPlans = new List<TeamPlan>();
        var told = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var anasHome = TeamHome(ana.Credential);
        await using var facilitatorsHome = TeamHome(room.Workshop.FacilitatorKey);
        anasHome.On<TeamPlan>("PlanChanged", plan => { lock (anasPlans) { anasPlans.Add(plan); } });
        anasHome.On<string>("CredentialRevoked", message => told.TrySetResult(message));
        anasHome.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        facilitatorsHome.On<TeamPlan>("PlanChanged", plan => { lock (facilitatorsPlans) { facilitatorsPlans.Add(plan); } });
        await anasHome.StartAsync().WaitAsync(Eventually.DefaultTimeout);
        await facilitatorsHome.StartAsync().WaitAsync(Eventually.DefaultTimeout);
        await Eventually.IsTrueAsync(() => { lock (anasPlans) { return anasPlans.Count == 1; } }, "Ana's home to get the plan on connecting");

        using var removed = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{team}/members/{ana.ParticipantId}", room.Workshop.FacilitatorKey);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal("The facilitator removed you from this team. You can join again with the code.", await told.Task.WaitAsync(Eventually.DefaultTimeout));
        await closed.Task.WaitAsync(Eventually.DefaultTimeout);
        // A change after the removal reaches the facilitator's home, and not Ana's.
        await CommitAsync(room, "Rotate the chair");
        await Eventually.IsTrueAsync(() => { lock (facilitatorsPlans) { return facilitatorsPlans.Any(p => p.Commitments.Count == 2); } }, "the new commitment on the facilitator's home");
        lock (anasPlans)
        {
            Assert.All(anasPlans, plan => Assert.Single(plan.Commitments));
        }
    }

    [Fact]
    public async Task A_removed_members_open_team_home_is_closed_at_the_next_renewal_when_the_plan_had_forgotten_this_node()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (_, ana) = await room.JoinAsync("Ana");
        var team = room.Workshop.TeamId;
        var told = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var facilitatorsClosed = false;
        await using var anasHome = TeamHome(ana.Credential);
        await using var facilitatorsHome = TeamHome(room.Workshop.FacilitatorKey);
        anasHome.On<string>("CredentialRevoked", message => told.TrySetResult(message));
        anasHome.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        facilitatorsHome.Closed += _ => { facilitatorsClosed = true; return Task.CompletedTask; };
        await anasHome.StartAsync().WaitAsync(Eventually.DefaultTimeout);
        await facilitatorsHome.StartAsync().WaitAsync(Eventually.DefaultTimeout);

        // A restarted plan grain knows no watching node until each renews, so the removal's push reaches nobody.
        await fixture.App.Grains.GetGrain<ITeamPlanGrain>(team).Cast<IGrainManagementExtension>().DeactivateOnIdle().AsTask().WaitAsync(Eventually.DefaultTimeout);
        using var removed = await room.SendAsync(HttpMethod.Delete, $"/api/teams/{team}/members/{ana.ParticipantId}", room.Workshop.FacilitatorKey);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        // The renewal comes every 10 s; the push's words and the renewal's are the same for a removal.
        Assert.Equal("The facilitator removed you from this team. You can join again with the code.", await told.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        await closed.Task.WaitAsync(Eventually.DefaultTimeout);
        Assert.False(facilitatorsClosed);
        Assert.Equal(HubConnectionState.Connected, facilitatorsHome.State);
    }

    [Fact]
    public async Task A_recovery_link_moves_a_member_to_a_new_device_once_and_the_old_devices_credential_stops()
    {
        await using var room = await SecureRoom.OpenAsync(fixture.App, fixture.Http);
        var (oldPhone, ana) = await room.JoinAsync("Ana");
        var team = room.Workshop.TeamId;

        using var issued = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/members/{ana.ParticipantId}/recovery", room.Workshop.FacilitatorKey);
        using var byMember = await room.SendAsync(HttpMethod.Post, $"/api/teams/{team}/members/{ana.ParticipantId}/recovery", ana.Credential);
        var link = (await issued.Content.ReadFromJsonAsync<RecoveryLink>(Json))!;
        var (participantId, secret) = LinkParts(link.Link);
        var newSecret = Web.Credentials.Secrets.NewSecret();
        var redeem = new { teamId = team, participantId, secret, newSecret };
        using var redeemed = await room.SendAsync(HttpMethod.Post, "/api/recover", null, redeem);
        using var retried = await room.SendAsync(HttpMethod.Post, "/api/recover", null, redeem);
        using var reused = await room.SendAsync(HttpMethod.Post, "/api/recover", null, redeem with { newSecret = Web.Credentials.Secrets.NewSecret() });
        var recovered = (await redeemed.Content.ReadFromJsonAsync<Recovered>(Json))!;
        using var oldDevice = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/home", ana.Credential);
        var newDevice = await ReadHomeAsync(room, team, recovered.Credential);

        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.StartsWith($"{fixture.App.BaseAddress.ToString().TrimEnd('/')}/team/{team}#recover=", link.Link);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reused.StatusCode);
        Assert.Equal((ana.ParticipantId, "Ana"), (recovered.ParticipantId, recovered.DisplayName));
        Assert.Equal(HttpStatusCode.Unauthorized, oldDevice.StatusCode);
        Assert.Equal(ana.ParticipantId, newDevice.Viewer.ParticipantId);
        await Eventually.IsTrueAsync(() => oldPhone.RevokedMessage is not null, "the old phone's connection closed");
    }

    private static (string ParticipantId, string Secret) LinkParts(string link)
    {
        var parts = link[(link.IndexOf("#recover=", StringComparison.Ordinal) + "#recover=".Length)..].Split('.', 2);
        return (parts[0], parts[1]);
    }

    private static object Draft(string what, params string[] owners) =>
        new { what, why = "", owners, firstStep = "", reviewOn = (string?)null };

    private async Task<string> CommitAsync(SecureRoom room, string what)
    {
        var id = Guid.NewGuid().ToString("N");
        using var made = await room.SendAsync(HttpMethod.Post, $"/api/teams/{room.Workshop.TeamId}/home/plan", room.Workshop.FacilitatorKey, new { commitmentId = id, draft = Draft(what) });
        Assert.Equal(HttpStatusCode.NoContent, made.StatusCode);
        return id;
    }

    private static async Task<TeamHomeView> ReadHomeAsync(SecureRoom room, string team, string credential)
    {
        using var response = await room.SendAsync(HttpMethod.Get, $"/api/teams/{team}/home", credential);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TeamHomeView>(Json))!;
    }

    /// <summary>A team home's live connection, as the page opens it: WebSockets, with the viewer's credential.</summary>
    private HubConnection TeamHome(string credential) => new HubConnectionBuilder()
        .WithUrl(new Uri(fixture.App.BaseAddress, "/hubs/team"), options =>
        {
            options.Transports = HttpTransportType.WebSockets;
            options.SkipNegotiation = true;
            options.AccessTokenProvider = () => Task.FromResult<string?>(credential);
        })
        .AddJsonProtocol(json => json.PayloadSerializerOptions = Json)
        .Build();
}
