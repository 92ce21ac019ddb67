using System.Text.Json;
using AntiLeadership.Live.Activities.Rankings;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// A ranking of five statements: a whole order at first (a rotation), then the participant's own
/// rotation with the round's statement moved to the top, so the team's points move from one burst to
/// the next. Counts are each statement's points. Named, so that no statement's points are withheld
/// in a room of one or two.
/// </summary>
public sealed class RankingBench : BenchKind
{
    private const int Statements = 5;

    public override string Name => RankingKind.Name;

    public override object Setup { get; } =
        new RankingSetup("Culture priorities", Enumerable.Range(1, Statements).Select(i => $"Statement {i}").ToArray(), false, Anonymous: false);

    public override object Input(int i, int ballot, int ballots, int round)
    {
        if (ballot < ballots - 1)
        {
            return new RankingInput(Rotation((i + ballot + round) % Statements));
        }

        var order = Rotation(i % Statements).ToList();
        var top = $"s{round % Statements + 1}";
        order.Remove(top);
        order.Insert(0, top);
        return new RankingInput(order);
    }

    public override Dictionary<string, int>? Counts(JsonElement view) =>
        view.TryGetProperty("scores", out var scores) && scores.ValueKind == JsonValueKind.Array
            ? scores.EnumerateArray().ToDictionary(
                s => s.GetProperty("statementId").GetString()!,
                s => s.GetProperty("points").ValueKind == JsonValueKind.Number ? s.GetProperty("points").GetInt32() : -1)
            : null;

    public override bool Stores(JsonElement contribution, object acknowledged) =>
        contribution.GetProperty("order").EnumerateArray().Select(s => s.GetString()).SequenceEqual(((RankingInput)acknowledged).Order ?? []);

    // First of five: 4 points, last: 0.
    protected override IEnumerable<(string Item, int Count)> Counted(object input) =>
        (((RankingInput)input).Order ?? []).Select((statementId, i) => (statementId, Statements - 1 - i));

    private static string[] Rotation(int start) =>
        Enumerable.Range(0, Statements).Select(k => $"s{(start + k) % Statements + 1}").ToArray();
}
