using System.Net.Http.Headers;
using System.Net.Http.Json;
using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>A fresh workshop with a facilitator console, a board and an open culture-priorities vote.</summary>
public sealed class SecureRoom : IAsyncDisposable
{
    private readonly List<LiveClient> _clients = [];

    private SecureRoom(LiveApp app, HttpClient http, WorkshopStarted workshop)
    {
        App = app;
        Http = http;
        Workshop = workshop;
    }

    public LiveApp App { get; }

    public HttpClient Http { get; }

    public WorkshopStarted Workshop { get; }

    public LiveClient Facilitator { get; private set; } = null!;

    public LiveClient Board { get; private set; } = null!;

    public string ActivityId { get; private set; } = "";

    public static async Task<SecureRoom> OpenAsync(LiveApp app, HttpClient http, bool anonymous = true)
    {
        var room = new SecureRoom(app, http, await Infrastructure.Workshop.StartAsync(http));
        room.Facilitator = await room.ConnectAsync(room.Workshop.FacilitatorKey);
        room.Board = await room.ConnectAsync(null);
        room.ActivityId = await room.Facilitator.AddCulturePrioritiesAsync(Guid.NewGuid().ToString(),
            new CulturePrioritiesSetup("Culture priorities", ["We say what we really think", "Mistakes are for learning"], 3, 2, false, anonymous));
        await room.Facilitator.SteerAsync(room.ActivityId, ActivityCommands.Open);
        return room;
    }

    public async Task<LiveClient> ConnectAsync(string? credential, string? sessionId = null)
    {
        var client = await LiveClient.ConnectAsync(App.BaseAddress, sessionId ?? Workshop.SessionId, credential);
        _clients.Add(client);
        return client;
    }

    /// <summary>
    /// Connects expecting a refusal: the server completes the handshake and then closes the connection
    /// with its reason. Returns that reason (or the error of a connection that never opened).
    /// </summary>
    public async Task<string> RefusedAsync(string? credential, string? sessionId = null)
    {
        try
        {
            await using var client = await LiveClient.ConnectAsync(App.BaseAddress, sessionId ?? Workshop.SessionId, credential);
            var error = await client.Closed.WaitAsync(Eventually.DefaultTimeout);
            Assert.Null(client.Session);
            return error?.Message ?? "closed without a reason";
        }
        catch (Exception refused) when (refused is not TimeoutException)
        {
            return refused.Message;
        }
    }

    public async Task<(LiveClient Client, JoinedSession Joined)> JoinAsync(string name)
    {
        var joined = await Infrastructure.Workshop.JoinAsync(Http, Workshop.JoinCode, name);
        return (await ConnectAsync(joined.Credential), joined);
    }

    public Task<CulturePrioritiesView> StoredActivityAsync() =>
        App.Grains.GetGrain<ICulturePrioritiesGrain>(ActivityId).GetVoteView().WaitAsync(Eventually.DefaultTimeout);

    public static Task<BallotReceipt> CastAsync(LiveClient client, string activityId, params (string Statement, int Dots)[] dots) =>
        client.CastDotsAsync(activityId, Guid.NewGuid().ToString(), dots.ToDictionary(d => d.Statement, d => d.Dots));

    /// <summary>An HTTP request carrying a credential the way the console sends it.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? credential, object? body = null)
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

        return await Http.SendAsync(request).WaitAsync(Eventually.DefaultTimeout);
    }

    public static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ApiError>().WaitAsync(Eventually.DefaultTimeout))!.Error;

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }
    }
}
