using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AntiLeadership.Live.Activities.Reviews;
using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// A reconvene review of one commitment, written into the team's plan first through the team home's API:
/// an "adapt" with a line of what happened at first, then the burst's final choice, in which every fourth
/// participant drops in even bursts and keeps in odd ones, so the tally moves from one burst to the next.
/// Named, so that a small room's choices of one or two people still show their counts.
/// </summary>
public sealed class ReviewBench : BenchKind
{
    private const string CommitmentId = "bench-commitment";

    public override string Name => ReviewKind.Name;

    public override object Setup { get; } = new ReviewSetup("Review", [CommitmentId], false, Anonymous: false);

    public override async Task PrepareAsync(HttpClient http, WorkshopStarted started)
    {
        var draft = new CommitmentDraft("Rotate who chairs the weekly meeting", "", [], "Ana chairs next Monday", DateOnly.FromDateTime(DateTime.UtcNow));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/teams/{started.TeamId}/home/plan")
        {
            Content = JsonContent.Create(new { commitmentId = CommitmentId, draft }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", started.FacilitatorKey);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public override object Input(int i, int ballot, int ballots, int round)
    {
        if (ballot < ballots - 1)
        {
            return new ReviewInput([new ReviewAnswer(CommitmentId, $"Tried it {ballot + 1} times", null, ReviewChoice.Adapt)]);
        }

        var choice = i % 4 == 0 ? (round % 2 == 0 ? ReviewChoice.Drop : ReviewChoice.Keep) : i % 2 == 1 ? ReviewChoice.Keep : ReviewChoice.Adapt;
        return new ReviewInput([new ReviewAnswer(CommitmentId, $"Burst {round}", null, choice)]);
    }

    public override Dictionary<string, int>? Counts(JsonElement view) =>
        view.TryGetProperty("answers", out var answers) && answers.ValueKind == JsonValueKind.Object
            ? answers.GetProperty("tally").EnumerateArray().ToDictionary(
                b => b.GetProperty("from").GetString()!,
                b => b.GetProperty("people").ValueKind == JsonValueKind.Number ? b.GetProperty("people").GetInt32() : -1)
            : null;

    public override bool Stores(JsonElement contribution, object acknowledged) =>
        contribution.GetProperty("answers")[0].GetProperty("choice").GetString() == Word(((ReviewInput)acknowledged).Answers[0].Choice!.Value);

    protected override IEnumerable<(string Item, int Count)> Counted(object input) => [(Word(((ReviewInput)input).Answers[0].Choice!.Value), 1)];

    private static string Word(ReviewChoice choice) => choice.ToString().ToLowerInvariant();
}
