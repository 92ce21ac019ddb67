namespace AntiLeadership.Live.Retention;

/// <summary>What a team may ask of automatic deletion: whole days, from one to ten years' worth.</summary>
public static class RetentionRules
{
    public const int MinDays = 1;
    public const int MaxDays = 3650;

    /// <summary>Null when the days are allowed (null itself turns automatic deletion off).</summary>
    public static string? Problem(int? days) =>
        days is null or (>= MinDays and <= MaxDays) ? null : $"Choose between {MinDays} and {MaxDays} days, or turn automatic deletion off.";
}
