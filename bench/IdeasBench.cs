using System.Text.Json;
using AntiLeadership.Live.Activities.Ideas;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// Ideas while the room writes: each participant first writes one entry, then their final list of three
/// (participant 0 writes one to three, by burst, so every burst ends with another total). Each burst's
/// entries have ids of their own, so every burst replaces everyone's list. The room sees how many
/// entries there are, never their text, until the reveal; the benchmark counts entries.
/// </summary>
public sealed class IdeasBench : BenchKind
{
    private const string Entries = "entries";

    public override string Name => IdeasKind.Name;

    public override object Setup { get; } = new IdeasSetup("Ideas", "What should we start doing?", 3, 140, false, false, 3, 2, true, Anonymous: false);

    public override object Input(int i, int ballot, int ballots, int round)
    {
        var count = ballot < ballots - 1 ? 1 : i == 0 ? 1 + (round % 3) : 3;
        return new IdeasInput(Entries: Enumerable.Range(0, count)
            .Select(n => new IdeaDraft($"b{i:D6}r{round:D3}n{n}", $"Idea {n + 1} from participant {i} in burst {round}: pair on the hardest problem of the week"))
            .ToArray());
    }

    public override Func<JsonElement, bool>? Revealed { get; } =
        view => view.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0;

    public override Dictionary<string, int>? Counts(JsonElement view) =>
        view.TryGetProperty(Entries, out var entries) && entries.ValueKind == JsonValueKind.Number
            ? new Dictionary<string, int> { [Entries] = entries.GetInt32() }
            : null;

    public override bool Stores(JsonElement contribution, object acknowledged) =>
        contribution.GetProperty("entries").EnumerateArray().Select(e => (e.GetProperty("entryId").GetString(), e.GetProperty("text").GetString()))
            .SequenceEqual(((IdeasInput)acknowledged).Entries!.Select(d => ((string?)d.EntryId, (string?)d.Text)));

    protected override IEnumerable<(string Item, int Count)> Counted(object input) => [(Entries, ((IdeasInput)input).Entries!.Count)];
}
