using AntiLeadership.Live.Activities.Grid;

namespace AntiLeadership.Live.Grains.Activities.Grid;

/// <summary>The limits of a 2×2, with the messages people see when they hit one.</summary>
public static class GridRules
{
    /// <summary>As long as a culture-priorities statement: an idea kept from a shortlist fits.</summary>
    public const int MaxItemLength = 200;
    public const int MinItems = 2;
    /// <summary>More than a room display can show as numbered marks on one plane and still be read.</summary>
    public const int MaxItems = 30;
    /// <summary>An axis' name and its ends' labels: "Impact", "low", "high" — a few words each.</summary>
    public const int MaxAxisTextLength = 40;
    public const int Lowest = 0;
    public const int Highest = 100;

    public static string? CheckSetup(GridSetup setup)
    {
        if (setup.X is null || setup.Y is null)
        {
            return "Name both axes, and what their low and high ends are called.";
        }

        if ((Axis(setup.X, "across").Problem ?? Axis(setup.Y, "up").Problem) is { } axisProblem)
        {
            return axisProblem;
        }

        if (TextRules.NameKey(Axis(setup.X, "across").Axis.Name) == TextRules.NameKey(Axis(setup.Y, "up").Axis.Name))
        {
            return "Give the two axes different names, such as Effort and Impact.";
        }

        var (items, problem) = Items(setup.Items);
        if (problem is not null)
        {
            return problem;
        }

        if (items.Count < MinItems || items.Count > MaxItems)
        {
            return $"List between {MinItems} and {MaxItems} items to place, one per line.";
        }

        return items.Select(TextRules.NameKey).Distinct().Count() == items.Count ? null : "Each item can appear only once.";
    }

    /// <summary>The axis as it will be stored, or why it cannot be. <paramref name="direction"/> says which one ("across", "up").</summary>
    public static (GridAxis Axis, string? Problem) Axis(GridAxis typed, string direction)
    {
        var name = AxisText(typed.Name, $"Name the axis going {direction} in 1 to {MaxAxisTextLength} characters, such as \"Impact\".");
        var low = AxisText(typed.Low, $"Say what the low end of the axis going {direction} is called, in 1 to {MaxAxisTextLength} characters, such as \"low\".");
        var high = AxisText(typed.High, $"Say what the high end of the axis going {direction} is called, in 1 to {MaxAxisTextLength} characters, such as \"high\".");
        return (new GridAxis(name.Text, low.Text, high.Text), name.Problem ?? low.Problem ?? high.Problem);
    }

    /// <summary>The items as they will be stored (blank lines left out), or why one cannot be.</summary>
    public static (IReadOnlyList<string> Items, string? Problem) Items(IEnumerable<string?>? typed)
    {
        var items = new List<string>();
        foreach (var line in typed ?? [])
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var item = TextRules.Check(
                line,
                MaxItemLength,
                $"Each item can be at most {MaxItemLength} characters.",
                "Every item needs something people can see: one has only invisible characters.");
            if (item.Problem is { } problem)
            {
                return ([], problem);
            }

            items.Add(item.Text);
        }

        return (items, null);
    }

    /// <summary>Checks a participant's placements against the 2×2's items and its scale (the 2×2 is open).</summary>
    public static string? CheckPlacements(IReadOnlyList<GridItem> items, IReadOnlyDictionary<string, GridPlacement>? placements)
    {
        if (placements is null)
        {
            return "This input has no placements in it.";
        }

        foreach (var (itemId, placement) in placements)
        {
            if (!items.Any(i => i.ItemId == itemId))
            {
                return "That item is not part of this 2×2. Reload the page to see its items.";
            }

            if (placement is null)
            {
                return "Each placed item needs a position on both axes.";
            }

            if (placement.X is < Lowest or > Highest || placement.Y is < Lowest or > Highest)
            {
                return $"A position runs from {Lowest} to {Highest} on each axis.";
            }
        }

        return null;
    }

    private static CheckedText AxisText(string? typed, string lengthProblem) =>
        TextRules.Check(typed, MaxAxisTextLength, lengthProblem, "Every axis name and label needs something people can see: one has only invisible characters.");
}
