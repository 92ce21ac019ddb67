using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Bench;

/// <summary>
/// What the benchmark needs of one kind of activity: its setup, each participant's input in each burst,
/// the counts a view shows (item → count) and the counts a set of inputs should produce, and whether a
/// stored contribution is the input last acknowledged. Each burst ends with counts fixed in advance and
/// different from the burst before, so every client can tell when it has seen the end of it.
/// </summary>
public abstract class BenchKind
{
    public abstract string Name { get; }

    public abstract object Setup { get; }

    /// <summary>
    /// For a kind whose contributions stay private until the facilitator reveals them: whether a view
    /// shows them. The benchmark then times the reveal on the board (<c>reveal_board_ms</c>).
    /// </summary>
    public virtual Func<JsonElement, bool>? Revealed => null;

    /// <summary>
    /// Called once the workshop has started, before the activity is added, for a kind that needs the team
    /// to hold something first (the reconvene review needs commitments in the team's plan).
    /// </summary>
    public virtual Task PrepareAsync(HttpClient http, WorkshopStarted started) => Task.CompletedTask;

    /// <summary>Told once everyone has joined, for kinds whose input names teammates.</summary>
    public virtual void Joined(IReadOnlyList<string> participantIds)
    {
    }

    /// <summary>Participant <paramref name="i"/>'s input number <paramref name="ballot"/> of <paramref name="ballots"/> in burst <paramref name="round"/>.</summary>
    public abstract object Input(int i, int ballot, int ballots, int round);

    /// <summary>The counts the given (last acknowledged) inputs add up to.</summary>
    public Dictionary<string, int> Expected(IEnumerable<object?> inputs)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (item, count) in inputs.OfType<object>().SelectMany(Counted))
        {
            counts[item] = counts.GetValueOrDefault(item) + count;
        }

        return counts;
    }

    /// <summary>The counts a view shows, or null when it carries none (results hidden, say). Zero counts are left out.</summary>
    public abstract Dictionary<string, int>? Counts(JsonElement view);

    /// <summary>
    /// Whether a view shows exactly the <paramref name="expected"/> counts. Every simulated phone asks this of
    /// every view it gets until one does (tens of thousands of views a burst at 10,000), on the server's two
    /// cores; a kind whose views are that many answers without building a dictionary per view
    /// (<see cref="Matches"/>): in a strengths burst at 10,000 those dictionaries were a third of what the
    /// simulated phones allocated.
    /// </summary>
    public virtual bool Shows(JsonElement view, Dictionary<string, int> expected) => SameCounts(Counts(view), expected);

    /// <summary>Whether a contribution read back from the server is <paramref name="acknowledged"/>.</summary>
    public abstract bool Stores(JsonElement contribution, object acknowledged);

    /// <summary>What one input adds to the counts.</summary>
    protected abstract IEnumerable<(string Item, int Count)> Counted(object input);

    /// <summary>
    /// Whether the expected counts hold <paramref name="count"/> for the item named by the view's string
    /// <paramref name="id"/> followed by <paramref name="suffix"/>, read without making a string of it.
    /// </summary>
    protected static bool Matches(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> expected, JsonElement id, ReadOnlySpan<char> suffix, int count)
    {
        // The raw value is the id in quotes; ids are plain ASCII, never escaped.
        var raw = JsonMarshal.GetRawUtf8Value(id);
        if (raw.Length < 2 || raw.Length - 2 + suffix.Length > 128)
        {
            return false;
        }

        Span<char> item = stackalloc char[128];
        var length = Encoding.UTF8.GetChars(raw[1..^1], item);
        suffix.CopyTo(item[length..]);
        return expected.TryGetValue(item[..(length + suffix.Length)], out var wanted) && wanted == count;
    }

    /// <summary>How many items the expected counts hold with a count other than zero.</summary>
    protected static int NonZero(Dictionary<string, int> expected)
    {
        var items = 0;
        foreach (var count in expected.Values)
        {
            items += count != 0 ? 1 : 0;
        }

        return items;
    }

    public static BenchKind Named(string name) => name switch
    {
        "culture-priorities" => new CulturePrioritiesBench(),
        "strengths" => new StrengthsBench(),
        "check-in" => new CheckInBench(),
        "ranking" => new RankingBench(),
        "points" => new PointsBench(),
        "scale" => new ScaleVoteBench(),
        "grid" => new GridBench(),
        "ideas" => new IdeasBench(),
        "review" => new ReviewBench(),
        _ => throw new ArgumentException($"--activity takes culture-priorities, strengths, check-in, ranking, points, scale, ideas, grid or review, not {name}."),
    };

    /// <summary>
    /// Whether both show the same items with the same counts, an item counted 0 being the same as one not
    /// shown. Each simulated phone checks every view it gets until it shows the burst's final counts (tens of
    /// thousands a burst at 10,000), on the same two cores as the server: a lookup per item, not two sorts.
    /// </summary>
    public static bool SameCounts(IReadOnlyDictionary<string, int>? shown, IReadOnlyDictionary<string, int> expected)
    {
        if (shown is null)
        {
            return false;
        }

        var counted = 0;
        foreach (var (item, count) in shown)
        {
            if (count == 0)
            {
                continue;
            }

            if (!expected.TryGetValue(item, out var wanted) || wanted != count)
            {
                return false;
            }

            counted++;
        }

        // Every item shown is expected with its count; no item expected is missing from what is shown.
        foreach (var count in expected.Values)
        {
            if (count != 0)
            {
                counted--;
            }
        }

        return counted == 0;
    }
}
