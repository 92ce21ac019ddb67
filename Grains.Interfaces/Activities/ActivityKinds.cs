namespace AntiLeadership.Live.Activities;

/// <summary>The names browsers use to pick the renderer for an activity.</summary>
public static class ActivityKinds
{
    public const string CulturePriorities = "culture-priorities";
}
