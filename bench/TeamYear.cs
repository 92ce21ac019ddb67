using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.CheckIns;
using AntiLeadership.Live.Activities.CulturePriorities;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Testing;
using AntiLeadership.Live.Web.Api;
using Microsoft.AspNetCore.SignalR.Client;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// One team's year, made through the product's HTTP API and hub as its people make it: each session
/// started by the lead facilitator, joined by the team's members (the same phones all year, so they are
/// the team's members), a 1–5 check-in and a dot vote on the same statements each time, run and closed
/// so that their results reach the team's results over time; after the workshop, three commitments in
/// the plan with review dates at the follow-ups; after each follow-up, a note on each; and a retention
/// setting. The server's clock dates the sessions: the product takes no other date for one, so all of a
/// team's sessions are dated on the day the benchmark runs (the plan's review dates do span the year).
/// </summary>
public static class TeamYear
{
    /// <summary>
    /// A year of programme: a two-day workshop (two sessions), then a follow-up every three months
    /// (months 3, 6 and 9), the last of which plans the next year. Every two to three months would make
    /// five or six; five keeps generating 10,000 teams within half an hour on this machine.
    /// </summary>
    public const int DefaultSessions = 5;

    /// <summary>The smallest group whose results the small-group rule shows: fewer, and the counts stay hidden.</summary>
    private const int People = 3;

    private const int Statements = 5; // of the dot vote: s1 to s5

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly CheckInSetup CheckIn = new("Check-in", "How well are we working together, 1 to 5?", CheckInMode.Scale, false);

    private static readonly CulturePrioritiesSetup Priorities = new("Culture priorities",
        ["We disagree openly", "We decide together", "We share mistakes", "We ask for help", "We give feedback"], 3, 2, false);

    private static readonly string[] Commitments = ["Rotate who chairs the weekly meeting", "Say no to work that is not ours", "A retro every month"];

    public static async Task<ProgrammeTeam> GenerateAsync(HttpClient http, Uri server, int index, int sessions, int retentionDays)
    {
        var name = $"Team {index}";
        var keys = new List<string>();
        var credentials = new string?[People];
        var participantIds = new string[People];
        WorkshopStarted? first = null;
        for (var s = 0; s < sessions; s++)
        {
            var title = s switch { 0 => "Workshop, day 1", 1 => "Workshop, day 2", _ => $"Follow-up {s - 1}" };
            var started = first is null
                ? await BenchRoom.PostAsync<WorkshopStarted>(http, "/api/teams", new { teamName = name, sessionTitle = title })
                : await TeamCalls.PostAsync<WorkshopStarted>(http, $"/api/teams/{first.TeamId}/sessions", first.FacilitatorKey, new { sessionTitle = title });
            first ??= started;
            keys.AddRange([started.SessionId, started.JoinCode]);
            keys.AddRange(await RunSessionAsync(http, server, started, s, credentials, participantIds));
            await TendPlanAsync(http, first, s, participantIds);
        }

        await TeamCalls.SendAsync(http, HttpMethod.Put, $"/api/teams/{first!.TeamId}/retention", first.FacilitatorKey, new { days = retentionDays });
        return new ProgrammeTeam(index, first.TeamId, name, first.FacilitatorKey, [first.TeamId, .. keys], retentionDays < 2);
    }

    /// <summary>The session's activities, run and closed; the ids of the activities it made.</summary>
    private static async Task<string[]> RunSessionAsync(HttpClient http, Uri server, WorkshopStarted started, int session, string?[] credentials, string[] participantIds)
    {
        var console = await ConnectAsync(server, started.SessionId, started.FacilitatorKey);
        var phones = new HubConnection[People];
        try
        {
            for (var i = 0; i < People; i++)
            {
                var joined = await BenchRoom.PostAsync<JoinedSession>(http, $"/api/join/{started.JoinCode}",
                    new JoinRequest($"Person {i}", credentials[i], KeepName: credentials[i] is not null));
                credentials[i] = joined.Credential;
                participantIds[i] = joined.ParticipantId;
                phones[i] = await ConnectAsync(server, joined.SessionId, joined.Credential);
            }

            var checkIn = await RunActivityAsync(console, phones, CheckInKind.Name, CheckIn, i => new CheckInInput(Scale: 1 + (i + session) % 5));
            var priorities = await RunActivityAsync(console, phones, CulturePrioritiesKind.Name, Priorities, i => new CulturePrioritiesInput(new Dictionary<string, int>
            {
                [$"s{(i + session) % Statements + 1}"] = 2,
                [$"s{(i + session + 1) % Statements + 1}"] = 1,
            }));
            await console.InvokeAsync("SetJoiningOpen", false).WaitAsync(Patience);
            return [checkIn, priorities];
        }
        finally
        {
            foreach (var phone in phones.OfType<HubConnection>().Append(console))
            {
                await phone.DisposeAsync().AsTask().WaitAsync(Patience);
            }
        }
    }

    private static async Task<string> RunActivityAsync(HubConnection console, HubConnection[] phones, string kind, ActivitySetup setup, Func<int, object> input)
    {
        var activityId = await console.InvokeAsync<string>("AddActivity", Guid.NewGuid().ToString(), kind, setup).WaitAsync(Patience);
        await console.InvokeAsync("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Open)).WaitAsync(Patience);
        using var deadline = new CancellationTokenSource(Patience);
        await Task.WhenAll(phones.Select((phone, i) => BenchRoom.SubmitUntilStoredAsync(phone, activityId, input(i), deadline.Token)));
        // Closing is what hands the activity's repeatable results to the team (TeamResultsGrain).
        await console.InvokeAsync("SteerActivity", activityId, new ActivityCommand(ActivityCommands.Close)).WaitAsync(Patience);
        return activityId;
    }

    /// <summary>After the workshop's second day, the plan's commitments; after each follow-up, a note on each.</summary>
    private static async Task TendPlanAsync(HttpClient http, WorkshopStarted team, int session, string[] participantIds)
    {
        if (session == 1)
        {
            for (var c = 0; c < Commitments.Length; c++)
            {
                var review = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3 * (c + 1));
                var draft = new CommitmentDraft(Commitments[c], "The workshop chose it", [participantIds[c % People]], "Start on Monday", review);
                await TeamCalls.SendAsync(http, HttpMethod.Post, $"/api/teams/{team.TeamId}/home/plan", team.FacilitatorKey, new { commitmentId = $"c{c}", draft });
            }
        }
        else if (session > 1)
        {
            for (var c = 0; c < Commitments.Length; c++)
            {
                var status = session > c + 2 ? CommitmentStatus.Done : CommitmentStatus.Trying;
                await TeamCalls.SendAsync(http, HttpMethod.Post, $"/api/teams/{team.TeamId}/home/plan/c{c}/notes", team.FacilitatorKey,
                    new { noteId = $"s{session}c{c}", text = $"Reviewed at follow-up {session - 1}", status = status.ToString().ToLowerInvariant() });
            }
        }
    }

    private static async Task<HubConnection> ConnectAsync(Uri server, string sessionId, string credential)
    {
        var connection = WorkshopHubConnection.Build(server, sessionId, credential);
        await connection.StartAsync().WaitAsync(Patience);
        return connection;
    }
}
