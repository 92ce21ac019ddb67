using System.Text.Json;
using AntiLeadership.Live.Activities.CheckIns;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// A one-word check-in: a word at first, then the final word of the burst, one of seven spread so that
/// which word is most frequent moves from one burst to the next. Named, so that a small room's words
/// of one or two people still show their counts and the benchmark can see the burst end.
/// </summary>
public sealed class CheckInBench : BenchKind
{
    private const int Words = 7;

    public override string Name => CheckInKind.Name;

    public override object Setup { get; } = new CheckInSetup("Check-in", "One word for how you arrive", CheckInMode.Word, false, Anonymous: false);

    public override object Input(int i, int ballot, int ballots, int round) =>
        ballot < ballots - 1
            ? new CheckInInput($"first{(i + ballot + round) % Words}")
            : new CheckInInput($"word{(i % Words + round) % Words}{(i % 3 == 0 ? round % 2 : 0)}");

    public override Dictionary<string, int>? Counts(JsonElement view) =>
        view.TryGetProperty("words", out var words) && words.ValueKind == JsonValueKind.Array
            ? words.EnumerateArray().ToDictionary(w => w.GetProperty("key").GetString()!, w => w.GetProperty("people").ValueKind == JsonValueKind.Number ? w.GetProperty("people").GetInt32() : -1)
            : null;

    public override bool Stores(JsonElement contribution, object acknowledged) =>
        contribution.GetProperty("word").GetString() == ((CheckInInput)acknowledged).Word;

    // Words are counted by their key: lower case, as these are typed.
    protected override IEnumerable<(string Item, int Count)> Counted(object input) => [(((CheckInInput)input).Word!, 1)];
}
