namespace AntiLeadership.Live.Grains.Activities.Rankings;

/// <summary>
/// How a place in a ranking of <c>n</c> statements reads on the 0–1 scale every statement vote shares
/// (first = 1, last = 0), and the steps of its distribution: the bottom, middle and top third of the
/// scale, each saying which places it holds. A third holding no place is left out. A place exactly on
/// a third's border (second and third of four) is in the middle: with few statements the ends are the
/// first and last places, so a "split" (many in the top and bottom thirds, few between: see
/// <see cref="Statements.Agreement"/>) means people put it first and last, not second and third.
/// </summary>
public sealed class Thirds
{
    private static readonly string[] Names = ["bottom third", "middle third", "top third"];

    private readonly int _statements;
    private readonly int[] _stepOfThird = [-1, -1, -1];

    public Thirds(int statements)
    {
        _statements = statements;
        var places = new List<(int Third, int First, int Last)>();
        for (var place = statements; place >= 1; place--)
        {
            var third = ThirdOf(place);
            if (places.Count > 0 && places[^1].Third == third)
            {
                places[^1] = places[^1] with { First = place };
            }
            else
            {
                places.Add((third, place, place));
            }
        }

        Labels = places.Select(p => $"{Names[p.Third]} ({(p.First == p.Last ? $"place {p.First}" : $"places {p.First}–{p.Last}")})").ToArray();
        for (var i = 0; i < places.Count; i++)
        {
            _stepOfThird[places[i].Third] = i;
        }
    }

    /// <summary>The distribution's steps, lowest places first, as the other ways of voting list theirs.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The place (1 = first) on 0–1, and its step in <see cref="Labels"/>.</summary>
    public (double Place, int Step) Answer(int place)
    {
        var third = ThirdOf(place);
        var value = _statements > 1 ? (double)(_statements - place) / (_statements - 1) : 1;
        // Agreement counts a value on a border as an end; a billionth inwards keeps a middle place in the
        // middle there too, and no average or spread it reports (three decimals) can show the difference.
        return (third == 1 ? Math.Clamp(value, OneThird + Nudge, TwoThirds - Nudge) : value, _stepOfThird[third]);
    }

    private const double OneThird = 1.0 / 3;
    private const double TwoThirds = 2.0 / 3;
    private const double Nudge = 1e-9;

    // Whole numbers, so that a place exactly on a border is found there, whatever floating point says.
    private int ThirdOf(int place)
    {
        var above = 3 * (_statements - place);
        var span = Math.Max(1, _statements - 1);
        return above > 2 * span ? 2 : above < span ? 0 : 1;
    }
}
