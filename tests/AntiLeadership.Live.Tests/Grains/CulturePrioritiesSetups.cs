using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Tests.Grains;

public static class CulturePrioritiesSetups
{
    public static readonly string[] Statements =
    [
        "We say what we really think",
        "Mistakes are for learning",
        "Everyone can lead",
        "We decide together",
    ];

    public static CulturePrioritiesSetup Standard(int dots = 3, int perStatement = 2, bool hidden = false) =>
        new("Culture priorities", Statements, dots, perStatement, hidden);

    public static string NewActivityId() => "act-" + Guid.NewGuid().ToString("N");

    public static Dictionary<string, int> Dots(params (string StatementId, int Dots)[] dots) =>
        dots.ToDictionary(d => d.StatementId, d => d.Dots);
}
