using System.Text.Json;
using AntiLeadership.Live.Activities.Grid;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// A 2×2 of six items: one item placed at first, then the final placements of the burst, in which each
/// pair of participants places the same items (which ones moves with the burst) at the burst's position
/// for each item, one a little to one side and the other as far to the other. Every item's average is
/// then exactly that position, so average × people is a sum the inputs give and the counts compared are,
/// per item, the people who placed it and the sums of their positions: fixed in advance, different from
/// one burst to the next. Named, so that a small room's items of one or two people still show.
/// </summary>
public sealed class GridBench : BenchKind
{
    private const int Items = 6;

    private int _participants;

    public override string Name => GridKind.Name;

    public override object Setup { get; } = new GridSetup(
        "2×2",
        new GridAxis("Effort", "low", "high"),
        new GridAxis("Impact", "low", "high"),
        Enumerable.Range(1, Items).Select(i => $"Item {i}").ToArray(),
        false,
        Anonymous: false);

    public override void Joined(IReadOnlyList<string> participantIds) => _participants = participantIds.Count;

    public override object Input(int i, int ballot, int ballots, int round)
    {
        if (ballot < ballots - 1)
        {
            return new GridInput(new Dictionary<string, GridPlacement> { [$"i{(i + ballot + round) % Items + 1}"] = new(i * 7 % 101, i * 13 % 101) });
        }

        var pair = i / 2;
        // The last participant of an odd room has no partner: it places at the burst's position itself.
        var alone = _participants % 2 == 1 && i == _participants - 1;
        var offset = alone ? 0 : (i % 2 == 0 ? 1 : -1) * (5 + pair % 4 * 3);
        var placements = new Dictionary<string, GridPlacement>();
        for (var k = 0; k < Items; k++)
        {
            if ((pair + k + round) % 3 != 0)
            {
                var (x, y) = Centre(k, round);
                placements[$"i{k + 1}"] = new GridPlacement(x + offset, y - offset);
            }
        }

        return new GridInput(placements);
    }

    public override Dictionary<string, int>? Counts(JsonElement view)
    {
        if (!view.TryGetProperty("positions", out var positions) || positions.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var shown = new Dictionary<string, int>();
        foreach (var position in positions.EnumerateArray())
        {
            var id = position.GetProperty("itemId").GetString()!;
            var people = position.GetProperty("people");
            if (people.ValueKind != JsonValueKind.Number)
            {
                shown[$"{id}/people"] = -1;
                continue;
            }

            var n = people.GetInt32();
            shown[$"{id}/people"] = n;
            shown[$"{id}/x"] = n * Number(position.GetProperty("x"));
            shown[$"{id}/y"] = n * Number(position.GetProperty("y"));
        }

        return shown;
    }

    public override bool Stores(JsonElement contribution, object acknowledged)
    {
        var stored = contribution.GetProperty("placements").EnumerateObject()
            .ToDictionary(p => p.Name, p => (p.Value.GetProperty("x").GetInt32(), p.Value.GetProperty("y").GetInt32()));
        var given = ((GridInput)acknowledged).Placements;
        return stored.Count == given.Count && given.All(g => stored.TryGetValue(g.Key, out var s) && s == (g.Value.X, g.Value.Y));
    }

    protected override IEnumerable<(string Item, int Count)> Counted(object input) =>
        ((GridInput)input).Placements.SelectMany(p => new[] { ($"{p.Key}/people", 1), ($"{p.Key}/x", p.Value.X), ($"{p.Key}/y", p.Value.Y) });

    /// <summary>Where the burst puts item <paramref name="k"/>: between 20 and 80 on both axes, moving from burst to burst.</summary>
    private static (int X, int Y) Centre(int k, int round) => (20 + (k * 17 + round * 29) % 61, 20 + (k * 23 + round * 11) % 61);

    private static int Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetInt32() : -1;
}
