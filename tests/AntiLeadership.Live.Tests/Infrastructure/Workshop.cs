using System.Net.Http.Json;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>Drives the HTTP API the way the start page and the join page do.</summary>
public static class Workshop
{
    public static async Task<WorkshopStarted> StartAsync(HttpClient http, string team = "Blue team", string title = "Day one")
    {
        var response = await http.PostAsJsonAsync("/api/teams", new { teamName = team, sessionTitle = title }).WaitAsync(Eventually.DefaultTimeout);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WorkshopStarted>().WaitAsync(Eventually.DefaultTimeout))!;
    }

    public static async Task<JoinedSession> JoinAsync(HttpClient http, string joinCode, string name, string? credential = null)
    {
        var response = await http.PostAsJsonAsync($"/api/join/{joinCode}", new { displayName = name, credential }).WaitAsync(Eventually.DefaultTimeout);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JoinedSession>().WaitAsync(Eventually.DefaultTimeout))!;
    }
}
