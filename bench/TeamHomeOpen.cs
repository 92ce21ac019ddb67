using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// A facilitator's browser opening a team home (wwwroot/js/team/team-home.js), request for request:
/// the home, then its results over time and strengths at once, after which the page shows the team
/// (<see cref="ShownMs"/>); then the facilitator's retention panel and the live plan through /hubs/team
/// at once, after which the page is complete and live (<see cref="LiveMs"/>). The page's own files are
/// left out: a browser has them cached from the last visit, and they come from no grain.
/// </summary>
public sealed record TeamHomeOpen(double ShownMs, double LiveMs, int Sessions, int Commitments, int RepeatedSeries)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<TeamHomeOpen> OpenAsync(HttpClient http, Uri server, ProgrammeTeam team)
    {
        var key = team.FacilitatorKey;
        var home = $"/api/teams/{team.TeamId}/home";
        var started = Stopwatch.GetTimestamp();
        var view = await TeamCalls.GetAsync(http, home, key).WaitAsync(Patience);
        var results = TeamCalls.GetAsync(http, $"{home}/results", key);
        await Task.WhenAll(results, TeamCalls.GetAsync(http, $"{home}/strengths", key)).WaitAsync(Patience);
        var shown = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var planArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var live = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "/hubs/team"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(key);
            })
            .Build();
        double complete;
        await using (live)
        {
            live.On<JsonElement>("PlanChanged", _ => planArrived.TrySetResult());
            await Task.WhenAll(TeamCalls.GetAsync(http, $"/api/teams/{team.TeamId}/retention", key), live.StartAsync(), planArrived.Task).WaitAsync(Patience);
            complete = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return new TeamHomeOpen(shown, complete, view.GetProperty("sessions").GetArrayLength(), view.GetProperty("plan").GetProperty("commitments").GetArrayLength(),
            results.Result.GetProperty("groups").EnumerateArray().Count(g => g.GetProperty("sessions").GetInt32() > 1));
    }
}
