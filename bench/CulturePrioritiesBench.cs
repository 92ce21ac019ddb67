using System.Text.Json;
using AntiLeadership.Live.Activities.CulturePriorities;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// A dot vote on five statements: one dot at first; the last ballot has two dots on the participant's
/// own statement and one on the round's statement (the next one when that is their own), so the
/// statement most dots land on moves from one burst to the next.
/// </summary>
public sealed class CulturePrioritiesBench : BenchKind
{
    private const int Statements = 5;

    public override string Name => CulturePrioritiesKind.Name;

    public override object Setup { get; } =
        new CulturePrioritiesSetup("Culture priorities", Enumerable.Range(1, Statements).Select(i => $"Statement {i}").ToArray(), 3, 2, false);

    public override object Input(int i, int ballot, int ballots, int round)
    {
        if (ballot < ballots - 1)
        {
            return new CulturePrioritiesInput(new Dictionary<string, int> { [$"s{(i + ballot + round) % Statements + 1}"] = 1 });
        }

        var own = i % Statements;
        var roundStatement = round % Statements == own ? (round + 1) % Statements : round % Statements;
        return new CulturePrioritiesInput(new Dictionary<string, int> { [$"s{own + 1}"] = 2, [$"s{roundStatement + 1}"] = 1 });
    }

    public override Dictionary<string, int>? Counts(JsonElement view) =>
        view.TryGetProperty("tally", out var tally) && tally.ValueKind == JsonValueKind.Array
            ? tally.EnumerateArray().ToDictionary(t => t.GetProperty("statementId").GetString()!, t => t.GetProperty("dots").GetInt32())
            : null;

    public override bool Shows(JsonElement view, Dictionary<string, int> expected)
    {
        if (!view.TryGetProperty("tally", out var tally) || tally.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var lookup = expected.GetAlternateLookup<ReadOnlySpan<char>>();
        var matched = 0;
        foreach (var statement in tally.EnumerateArray())
        {
            var dots = statement.GetProperty("dots").GetInt32();
            if (dots != 0)
            {
                if (!Matches(lookup, statement.GetProperty("statementId"), [], dots))
                {
                    return false;
                }

                matched++;
            }
        }

        return matched == NonZero(expected);
    }

    public override bool Stores(JsonElement contribution, object acknowledged) =>
        SameCounts(
            contribution.GetProperty("dots").EnumerateObject().ToDictionary(d => d.Name, d => d.Value.GetInt32()),
            new Dictionary<string, int>(((CulturePrioritiesInput)acknowledged).Dots ?? new Dictionary<string, int>()));

    protected override IEnumerable<(string Item, int Count)> Counted(object input) =>
        (((CulturePrioritiesInput)input).Dots ?? new Dictionary<string, int>()).Select(d => (d.Key, d.Value));
}
