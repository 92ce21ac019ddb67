using System.Text.Json;
using AntiLeadership.Live.Activities.Points;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// A 100-points vote on five statements in steps of 10: 10 points at first; the last allocation gives
/// 60 to the participant's own statement and 40 to the round's statement (the next one when that is
/// their own), so the statement most points land on moves from one burst to the next.
/// </summary>
public sealed class PointsBench : BenchKind
{
    private const int Statements = 5;

    public override string Name => PointsKind.Name;

    public override object Setup { get; } =
        new PointsSetup("Culture priorities", Enumerable.Range(1, Statements).Select(i => $"Statement {i}").ToArray(), 10, false);

    public override object Input(int i, int ballot, int ballots, int round)
    {
        if (ballot < ballots - 1)
        {
            return new PointsInput(new Dictionary<string, int> { [$"s{(i + ballot + round) % Statements + 1}"] = 10 });
        }

        var own = i % Statements;
        var roundStatement = round % Statements == own ? (round + 1) % Statements : round % Statements;
        return new PointsInput(new Dictionary<string, int> { [$"s{own + 1}"] = 60, [$"s{roundStatement + 1}"] = 40 });
    }

    public override Dictionary<string, int>? Counts(JsonElement view) =>
        view.TryGetProperty("totals", out var totals) && totals.ValueKind == JsonValueKind.Array
            ? totals.EnumerateArray().ToDictionary(t => t.GetProperty("statementId").GetString()!, t => t.GetProperty("points").GetInt32())
            : null;

    public override bool Stores(JsonElement contribution, object acknowledged) =>
        SameCounts(
            contribution.GetProperty("points").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()),
            new Dictionary<string, int>(((PointsInput)acknowledged).Points ?? new Dictionary<string, int>()));

    protected override IEnumerable<(string Item, int Count)> Counted(object input) =>
        (((PointsInput)input).Points ?? new Dictionary<string, int>()).Select(p => (p.Key, p.Value));
}
