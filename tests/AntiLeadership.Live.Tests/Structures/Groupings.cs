using AntiLeadership.Live.Activities.Structures;

namespace AntiLeadership.Live.Tests.Structures;

/// <summary>Rooms of made-up participants and what every grouping of them must satisfy.</summary>
public static class Groupings
{
    /// <summary><paramref name="people"/> participant ids, p01, p02, …, in order.</summary>
    public static List<string> Room(int people) => [.. Enumerable.Range(1, people).Select(i => $"p{i:00}")];

    public static IReadOnlyList<Huddle> Groups(params string[][] groups) => [.. groups.Select(g => new Huddle(g))];

    public static int[] Sizes(IReadOnlyList<Huddle> groups) => [.. groups.Select(g => g.ParticipantIds.Count).Order()];

    /// <summary>Each of <paramref name="present"/> is in exactly one group, and nobody else is in any.</summary>
    public static void EveryoneOnce(IEnumerable<string> present, IReadOnlyList<Huddle> groups)
    {
        var listed = groups.SelectMany(g => g.ParticipantIds).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(present.Distinct().Order(StringComparer.Ordinal), listed);
    }

    /// <summary>Two people are in one group of <paramref name="groups"/>.</summary>
    public static bool Together(IReadOnlyList<Huddle> groups, string one, string other) =>
        groups.Any(g => g.ParticipantIds.Contains(one) && g.ParticipantIds.Contains(other));

    /// <summary>The groups as text, to compare two groupings in one assertion.</summary>
    public static string Text(IReadOnlyList<Huddle> groups) => string.Join(" | ", groups.Select(g => string.Join(",", g.ParticipantIds)));
}
