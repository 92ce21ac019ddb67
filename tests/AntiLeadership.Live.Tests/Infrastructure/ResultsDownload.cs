using System.Net;
using System.Net.Http.Headers;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>The session's results download (csv or json) as the console's Results card fetches it, with the facilitator's key.</summary>
public static class ResultsDownload
{
    public static async Task<string> ReadAsync(HttpClient http, WorkshopStarted workshop, string format)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{workshop.SessionId}/results.{format}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", workshop.FacilitatorKey);
        using var response = await http.SendAsync(request).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout);
    }
}
