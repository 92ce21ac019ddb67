namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>The strengths map's own facilitator commands (besides <see cref="ActivityCommands"/>).</summary>
public static class StrengthsCommands
{
    /// <summary>Adds a strength: <see cref="ActivityCommand.Target"/> is the domain id, <see cref="ActivityCommand.Text"/> "Name" or "Name: one-line description".</summary>
    public const string AddStrength = "add-strength";

    /// <summary>Adds a domain named <see cref="ActivityCommand.Text"/>.</summary>
    public const string AddDomain = "add-domain";

    /// <summary>Hides an example text (<see cref="ActivityCommand.Target"/> is its id) from its recipient; its author is told.</summary>
    public const string HideExample = "hide-example";

    /// <summary>Shows a hidden example again.</summary>
    public const string ShowExample = "show-example";
}
