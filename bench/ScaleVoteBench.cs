using System.Text.Json;
using AntiLeadership.Live.Activities.ScaleVotes;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// An agreement scale on five statements: one answer at first; the last input answers every statement,
/// participant i's answer to statement j being 1 + (i mod 3 + j + round) mod 5, so each statement's
/// distribution sits on three neighbouring answers that move one step from burst to burst, and a
/// quarter of the room (a different quarter each burst) skips the last statement. Counts are the
/// distribution's steps ("s2:4" → people). Named, so that a small room's steps of one or two people
/// still show their counts and the benchmark can see the burst end.
/// </summary>
public sealed class ScaleVoteBench : BenchKind
{
    private const int Statements = 5;

    public override string Name => ScaleVoteKind.Name;

    public override object Setup { get; } =
        new ScaleVoteSetup("Culture priorities", Enumerable.Range(1, Statements).Select(i => $"Statement {i}").ToArray(), false, Anonymous: false);

    public override object Input(int i, int ballot, int ballots, int round)
    {
        if (ballot < ballots - 1)
        {
            return new ScaleVoteInput(new Dictionary<string, int> { [$"s{(i + ballot + round) % Statements + 1}"] = 3 });
        }

        var answers = new Dictionary<string, int>();
        for (var j = 0; j < Statements; j++)
        {
            if (j == Statements - 1 && i % 4 == round % 4)
            {
                continue;
            }

            answers[$"s{j + 1}"] = 1 + (i % 3 + j + round) % 5;
        }

        return new ScaleVoteInput(answers);
    }

    public override Dictionary<string, int>? Counts(JsonElement view)
    {
        if (!view.TryGetProperty("agreement", out var agreement) || agreement.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var counts = new Dictionary<string, int>();
        foreach (var statement in agreement.EnumerateArray())
        {
            var id = statement.GetProperty("statementId").GetString()!;
            var step = 0;
            foreach (var bucket in statement.GetProperty("buckets").EnumerateArray())
            {
                step++;
                var people = bucket.GetProperty("people");
                counts[$"{id}:{step}"] = people.ValueKind == JsonValueKind.Number ? people.GetInt32() : -1;
            }
        }

        return counts;
    }

    public override bool Stores(JsonElement contribution, object acknowledged) =>
        SameCounts(
            contribution.GetProperty("answers").EnumerateObject().ToDictionary(a => a.Name, a => a.Value.GetInt32()),
            new Dictionary<string, int>(((ScaleVoteInput)acknowledged).Answers ?? new Dictionary<string, int>()));

    protected override IEnumerable<(string Item, int Count)> Counted(object input) =>
        (((ScaleVoteInput)input).Answers ?? new Dictionary<string, int>()).Select(a => ($"{a.Key}:{a.Value}", 1));
}
