using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AntiLeadership.Live.Bench;

/// <summary>The team home's and the facilitator's HTTP calls, each with the caller's credential as the browser sends it (Bearer).</summary>
public static class TeamCalls
{
    public static async Task SendAsync(HttpClient http, HttpMethod method, string path, string credential, object? body = null)
    {
        using var request = Request(method, path, credential, body);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static async Task<JsonElement> GetAsync(HttpClient http, string path, string credential)
    {
        using var request = Request(HttpMethod.Get, path, credential, null);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<T> PostAsync<T>(HttpClient http, string path, string credential, object body)
    {
        using var request = Request(HttpMethod.Post, path, credential, body);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string credential, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        return request;
    }
}
