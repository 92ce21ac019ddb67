using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Reports;

/// <summary>The team's reports and exports as the report page fetches them: with a facilitator key as a bearer token.</summary>
public static class TeamReports
{
    public static async Task<(HttpStatusCode Status, string Body, string? ContentType, string? FileName)> GetAsync(HttpClient http, string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await http.SendAsync(request).WaitAsync(Eventually.DefaultTimeout);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout);
        return (response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    public static async Task<string> ReadAsync(HttpClient http, string path, string key)
    {
        var (status, body, _, _) = await GetAsync(http, path, key);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {status} {body}");
        return body;
    }

    /// <summary>The team's next session, started as the console's "next session" does.</summary>
    public static async Task<WorkshopStarted> StartNextSessionAsync(HttpClient http, WorkshopStarted first, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/teams/{first.TeamId}/sessions") { Content = JsonContent.Create(new { sessionTitle = title }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", first.FacilitatorKey);
        using var response = await http.SendAsync(request).WaitAsync(Eventually.DefaultTimeout);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WorkshopStarted>(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout))!;
    }
}
