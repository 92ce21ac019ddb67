using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Content;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Retention;

/// <summary>
/// A team's programme as deletion finds it: two sessions, each with a vote Sam took part in, the first
/// with a content card showing an uploaded image, the plan holding a commitment promoted from the first
/// vote, and the shortlist an item of each session. The first session's console, board and Sam's phone
/// stay connected.
/// </summary>
public sealed class TeamOfTwoSessions : IAsyncDisposable
{
    private readonly List<LiveClient> _clients = [];

    private TeamOfTwoSessions(LiveApp app, HttpClient http, WorkshopStarted first, WorkshopStarted second)
    {
        App = app;
        Http = http;
        First = first;
        Second = second;
    }

    public LiveApp App { get; }

    public HttpClient Http { get; }

    public WorkshopStarted First { get; }

    public WorkshopStarted Second { get; }

    public string TeamId => First.TeamId;

    public string LeadKey => First.FacilitatorKey;

    public string FirstVote { get; private set; } = "";

    public string SecondVote { get; private set; } = "";

    public string Card { get; private set; } = "";

    public string ImageId { get; private set; } = "";

    public JoinedSession Sam { get; private set; } = null!;

    public LiveClient Console { get; private set; } = null!;

    public LiveClient Board { get; private set; } = null!;

    public LiveClient Phone { get; private set; } = null!;

    public static async Task<TeamOfTwoSessions> StartAsync(LiveApp app, HttpClient http, string teamName = "Blue team")
    {
        var first = await Workshop.StartAsync(http, teamName, "Day one");
        using var next = await SendAsync(http, HttpMethod.Post, $"/api/teams/{first.TeamId}/sessions", first.FacilitatorKey, new { sessionTitle = "Day two" });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        var second = (await next.Content.ReadFromJsonAsync<WorkshopStarted>().WaitAsync(Eventually.DefaultTimeout))!;
        var team = new TeamOfTwoSessions(app, http, first, second);
        await team.FillAsync();
        return team;
    }

    /// <summary>An HTTP request carrying a credential the way the console sends it.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? credential, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request).WaitAsync(Eventually.DefaultTimeout);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? credential, object? body = null) =>
        SendAsync(Http, method, path, credential, body);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }
    }

    private async Task FillAsync()
    {
        Sam = await Workshop.JoinAsync(Http, First.JoinCode, "Sam");
        var samAgain = await Workshop.JoinAsync(Http, Second.JoinCode, "Sam", Sam.Credential);
        Console = await ConnectAsync(First.SessionId, LeadKey);
        Board = await ConnectAsync(First.SessionId, null);
        Phone = await ConnectAsync(First.SessionId, Sam.Credential);
        FirstVote = await VoteAsync(Console, Phone);
        await using (var secondConsole = await LiveClient.ConnectAsync(App.BaseAddress, Second.SessionId, LeadKey))
        await using (var secondPhone = await LiveClient.ConnectAsync(App.BaseAddress, Second.SessionId, samAgain.Credential))
        {
            SecondVote = await VoteAsync(secondConsole, secondPhone);
        }

        ImageId = await UploadAsync();
        Card = await Console.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), ContentKind.Name,
            new ContentSetup("Why we are here", false, "Two things", ImageId, "The team at the river"));

        var plan = App.Grains.GetGrain<ITeamPlanGrain>(TeamId);
        Assert.True((await plan.Commit("c-1", new CommitmentDraft("Say it plainly", "Trust", [], "Ana goes first", null, FirstVote, "s1")).WaitAsync(Eventually.DefaultTimeout)).Succeeded);
        var shortlist = App.Grains.GetGrain<ITeamShortlistGrain>(TeamId);
        await shortlist.Keep(new ShortlistItem(FirstVote, "s1", "We say what we really think", "Vote", First.SessionId, DateTimeOffset.UnixEpoch)).WaitAsync(Eventually.DefaultTimeout);
        await shortlist.Keep(new ShortlistItem(SecondVote, "s2", "Mistakes are for learning", "Vote", Second.SessionId, DateTimeOffset.UnixEpoch)).WaitAsync(Eventually.DefaultTimeout);
    }

    private async Task<LiveClient> ConnectAsync(string sessionId, string? credential)
    {
        var client = await LiveClient.ConnectAsync(App.BaseAddress, sessionId, credential);
        _clients.Add(client);
        return client;
    }

    private static async Task<string> VoteAsync(LiveClient console, LiveClient phone)
    {
        var vote = await console.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Vote", ["We say what we really think", "Mistakes are for learning"], 3, 2, false));
        await console.SteerAsync(vote, ActivityCommands.Open);
        Assert.True((await phone.CastDotsAsync(vote, Guid.NewGuid().ToString(), new Dictionary<string, int> { ["s1"] = 2, ["s2"] = 1 })).Accepted);
        return vote;
    }

    private async Task<string> UploadAsync()
    {
        using var body = new ByteArrayContent(TestImages.Png(8, 8, (20, 120, 200)));
        body.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{First.SessionId}/images") { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LeadKey);
        using var response = await Http.SendAsync(request).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UploadedImage>().WaitAsync(Eventually.DefaultTimeout))!.ImageId;
    }
}
