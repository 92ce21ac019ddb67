using System.Text.Json;
using AntiLeadership.Live.Activities.Strengths;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// A strengths map: each participant picks one strength at first, then three, and recognises one
/// strength in the next participant, the burst deciding which, so every burst ends with other counts
/// and every participant's contribution also changes through a teammate. Named, so counts of one or two
/// stay exact in every copy.
/// </summary>
public sealed class StrengthsBench : BenchKind
{
    // Ids from the built-in catalogue (Grains/Activities/Strengths/StrengthsCatalogue.cs).
    private static readonly string[] Catalogue =
    [
        "follow-through", "careful-craft", "planning-ahead", "steady-pace", "making-it-simple", "taking-ownership",
        "calm-under-pressure", "speaking-up",
    ];

    // Each count's two measures in a view, and the suffix its item carries in the expected counts.
    private static readonly (string Measure, string Suffix)[] Measures = [("chosenBySelf", "/self"), ("seenByOthers", "/seen")];

    private IReadOnlyList<string> _participants = [];

    public override string Name => StrengthsKind.Name;

    public override object Setup { get; } = new StrengthsSetup("Strengths map", null, null, false, Anonymous: false);

    public override void Joined(IReadOnlyList<string> participantIds) => _participants = participantIds;

    public override object Input(int i, int ballot, int ballots, int round)
    {
        string Pick(int k) => Catalogue[(i + k + round) % Catalogue.Length];
        if (ballot < ballots - 1)
        {
            return new StrengthsInput([Pick(0)], []);
        }

        var recognitions = _participants.Count > 1
            ? new[] { new Recognition(_participants[(i + 1) % _participants.Count], Catalogue[(i + round * 3) % Catalogue.Length]) }
            : [];
        return new StrengthsInput([Pick(0), Pick(2), Pick(5)], recognitions);
    }

    public override Dictionary<string, int>? Counts(JsonElement view)
    {
        if (!view.TryGetProperty("counts", out var counts) || counts.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var shown = new Dictionary<string, int>();
        foreach (var count in counts.EnumerateArray())
        {
            var id = count.GetProperty("strengthId").GetString()!;
            shown[$"{id}/self"] = Number(count.GetProperty("chosenBySelf"));
            shown[$"{id}/seen"] = Number(count.GetProperty("seenByOthers"));
        }

        return shown;
    }

    public override bool Shows(JsonElement view, Dictionary<string, int> expected)
    {
        if (!view.TryGetProperty("counts", out var counts) || counts.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var lookup = expected.GetAlternateLookup<ReadOnlySpan<char>>();
        var matched = 0;
        foreach (var count in counts.EnumerateArray())
        {
            var id = count.GetProperty("strengthId");
            foreach (var (measure, suffix) in Measures)
            {
                var shown = Number(count.GetProperty(measure));
                if (shown != 0)
                {
                    if (!Matches(lookup, id, suffix, shown))
                    {
                        return false;
                    }

                    matched++;
                }
            }
        }

        return matched == NonZero(expected);
    }

    public override bool Stores(JsonElement contribution, object acknowledged)
    {
        var input = (StrengthsInput)acknowledged;
        return contribution.GetProperty("mine").EnumerateArray().Select(m => m.GetString()).SequenceEqual(input.Mine)
            && contribution.GetProperty("given").EnumerateArray().Select(g => (g.GetProperty("participantId").GetString(), g.GetProperty("strengthId").GetString()))
                .SequenceEqual(input.Recognitions.Select(r => ((string?)r.ParticipantId, (string?)r.StrengthId)));
    }

    protected override IEnumerable<(string Item, int Count)> Counted(object input)
    {
        var strengths = (StrengthsInput)input;
        return strengths.Mine.Select(m => ($"{m}/self", 1)).Concat(strengths.Recognitions.Select(r => ($"{r.StrengthId}/seen", 1)));
    }

    private static int Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetInt32() : -1;
}
