namespace AntiLeadership.Live.Activities.Comparisons;

/// <summary>The comparison's own command: take the team's newest points (the console sends it when it shows the card).</summary>
public static class ComparisonCommands
{
    public const string Refresh = "refresh";
}
