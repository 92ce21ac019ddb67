using System.Collections.Concurrent;
using System.Text.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Strengths;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Tests.Hubs;

/// <summary>The strengths map through the hub's fixed activity methods: its input is read by its kind, and anonymity holds on the wire.</summary>
public sealed class StrengthsHubTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private Uri Server => fixture.App.BaseAddress;

    /// <summary>A raw connection that keeps every activity message as the JSON the browser would read.</summary>
    private sealed class Wire(HubConnection connection) : IAsyncDisposable
    {
        public HubConnection Connection { get; } = connection;

        public ConcurrentQueue<string> Activities { get; } = new();

        public static async Task<Wire> ConnectAsync(Uri server, string sessionId, string? credential)
        {
            var wire = new Wire(WorkshopHubConnection.Build(server, sessionId, credential));
            wire.Connection.On<JsonElement>("ActivityChanged", view => wire.Activities.Enqueue(view.GetRawText()));
            await wire.Connection.StartAsync().WaitAsync(Eventually.DefaultTimeout);
            return wire;
        }

        public async Task<T> InvokeAsync<T>(string method, params object?[] args) =>
            await Connection.InvokeCoreAsync<T>(method, args).WaitAsync(Eventually.DefaultTimeout);

        public async ValueTask DisposeAsync() => await Connection.DisposeAsync().AsTask().WaitAsync(Eventually.DefaultTimeout);
    }

    private async Task<(WorkshopStarted Workshop, Wire Facilitator, string ActivityId)> OpenMapAsync()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var facilitator = await Wire.ConnectAsync(Server, workshop.SessionId, workshop.FacilitatorKey);
        var setup = JsonSerializer.SerializeToElement(new { title = "Our strengths", extraDomains = Array.Empty<string>(), extraStrengths = Array.Empty<object>(), hideResultsUntilRevealed = false, anonymous = true });
        var activityId = await facilitator.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), StrengthsKind.Name, setup);
        return (workshop, facilitator, activityId);
    }

    private async Task<(Wire Wire, JoinedSession Joined)> JoinAsync(WorkshopStarted workshop, string name)
    {
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, name);
        return (await Wire.ConnectAsync(Server, joined.SessionId, joined.Credential), joined);
    }

    private static JsonElement Input(object value) => JsonSerializer.SerializeToElement(value);

    private static string WithoutTeammates(string view)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(view)!.AsObject();
        node.Remove("teammates");
        return node.ToJsonString();
    }

    [Fact]
    public async Task A_recognition_sent_through_the_hub_reaches_its_recipient_without_the_givers_id_anywhere()
    {
        var (workshop, facilitator, activityId) = await OpenMapAsync();
        await using var _ = facilitator;
        await using var board = await Wire.ConnectAsync(Server, workshop.SessionId, credential: null);
        var (ana, anaJoined) = await JoinAsync(workshop, "Ana");
        var (ben, benJoined) = await JoinAsync(workshop, "Ben");
        await using var __ = ana;
        await using var ___ = ben;
        await facilitator.Connection.InvokeAsync("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open)).WaitAsync(Eventually.DefaultTimeout);

        var receipt = await ana.InvokeAsync<JsonElement>("Submit", activityId, Guid.NewGuid().ToString(), Input(new
        {
            mine = new[] { "fresh-ideas" },
            recognitions = new[] { new { participantId = benJoined.ParticipantId, strengthId = "careful-listening", example = "When the release went wrong" } },
            showMyColumn = false,
        }));

        Assert.True(receipt.GetProperty("accepted").GetBoolean(), receipt.GetRawText());
        var bens = await ben.InvokeAsync<JsonElement>("GetContribution", activityId);
        var received = Assert.Single(bens.GetProperty("received").EnumerateArray());
        Assert.Equal("careful-listening", received.GetProperty("strengthId").GetString());
        Assert.Equal(JsonValueKind.Null, received.GetProperty("from").ValueKind);
        Assert.DoesNotContain(anaJoined.ParticipantId, bens.GetRawText());
        await Eventually.IsTrueAsync(() => board.Activities.Any(a => a.Contains("\"choosers\":1")), "the board to count Ana");
        // Her id is on the board only as someone to recognise (the teammates list), never beside what she gave; she hid her column.
        Assert.All(board.Activities, a => Assert.DoesNotContain(anaJoined.ParticipantId, WithoutTeammates(a)));
        Assert.All(board.Activities, a => Assert.DoesNotContain("When the release went wrong", a));
        await Eventually.IsTrueAsync(() => facilitator.Activities.Any(a => a.Contains("When the release went wrong")), "the console to list the example");
        Assert.All(facilitator.Activities.Where(a => a.Contains("\"examples\"")), a => Assert.DoesNotContain($"\"contributorIds\":[\"{anaJoined.ParticipantId}", a));
    }

    [Fact]
    public async Task A_phone_gets_the_catalogue_whole_when_it_connects_and_paced_updates_without_it()
    {
        var (workshop, facilitator, activityId) = await OpenMapAsync();
        await using var _ = facilitator;
        var (ana, _) = await JoinAsync(workshop, "Ana");
        var (ben, _) = await JoinAsync(workshop, "Ben");
        await using var __ = ana;
        await using var ___ = ben;
        await facilitator.Connection.InvokeAsync("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open)).WaitAsync(Eventually.DefaultTimeout);
        await Eventually.IsTrueAsync(() => ben.Activities.Any(a => a.Contains("\"status\":\"open\"")), "Ben's phone to see the map open");

        await ana.InvokeAsync<JsonElement>("Submit", activityId, Guid.NewGuid().ToString(), Input(new { mine = new[] { "fresh-ideas" }, recognitions = Array.Empty<object>() }));
        await Eventually.IsTrueAsync(() => ben.Activities.Any(a => a.Contains("\"choosers\":1")), "Ben's phone to count Ana");

        // Whole when he connected and when the map opened; Ana's pick came with the paced update, which
        // leaves out the catalogue his phone already has.
        var whole = ben.Activities.Where(a => a.Contains("\"status\":\"open\"") && !a.Contains("\"choosers\":1")).ToArray();
        Assert.NotEmpty(whole);
        Assert.All(whole, a => Assert.Contains("Hears what is meant, not only what is said.", a));
        Assert.All(whole, a => Assert.DoesNotContain("leftOut", a));
        using var paced = JsonDocument.Parse(ben.Activities.First(a => a.Contains("\"choosers\":1")));
        Assert.Equal(["domains", "strengths", "teammates"], paced.RootElement.GetProperty("leftOut").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("Hears what is meant", paced.RootElement.GetRawText());
        Assert.Contains(paced.RootElement.GetProperty("counts").EnumerateArray(), c => c.GetProperty("strengthId").GetString() == "fresh-ideas");
    }

    [Fact]
    public async Task A_strengths_input_of_the_wrong_shape_is_refused_and_changes_nothing()
    {
        var (workshop, facilitator, activityId) = await OpenMapAsync();
        await using var _ = facilitator;
        var (ana, _) = await JoinAsync(workshop, "Ana");
        await using var __ = ana;
        await facilitator.Connection.InvokeAsync("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open)).WaitAsync(Eventually.DefaultTimeout);

        var unknownMember = await Assert.ThrowsAsync<HubException>(() => ana.InvokeAsync<JsonElement>("Submit", activityId, "sub-1", Input(new { mine = new[] { "fresh-ideas" }, recognitions = Array.Empty<object>(), score = 10 })));
        var dotsForAMap = await Assert.ThrowsAsync<HubException>(() => ana.InvokeAsync<JsonElement>("Submit", activityId, "sub-2", Input(new { dots = new Dictionary<string, int> { ["s1"] = 1 } })));

        Assert.Contains("This input does not fit this activity", unknownMember.Message);
        Assert.Contains("This input does not fit this activity", dotsForAMap.Message);
        var view = (StrengthsView)await fixture.App.Grains.GetGrain<IStrengthsGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(0, view.Choosers);
    }

    [Fact]
    public async Task The_board_cannot_submit_to_a_strengths_map()
    {
        var (workshop, facilitator, activityId) = await OpenMapAsync();
        await using var _ = facilitator;
        await using var board = await Wire.ConnectAsync(Server, workshop.SessionId, credential: null);
        await facilitator.Connection.InvokeAsync("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open)).WaitAsync(Eventually.DefaultTimeout);

        await Assert.ThrowsAsync<HubException>(() => board.InvokeAsync<JsonElement>("Submit", activityId, "sub-1", Input(new { mine = new[] { "fresh-ideas" }, recognitions = Array.Empty<object>() })));

        var view = (StrengthsView)await fixture.App.Grains.GetGrain<IStrengthsGrain>(activityId).GetView().WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(0, view.Choosers);
    }
}
