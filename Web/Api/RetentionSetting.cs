namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// The team's automatic deletion as the facilitators' page shows it: the days (null: off), the moment
/// they make, and the limits a new value must keep.
/// </summary>
public sealed record RetentionSetting(int? Days, DateTimeOffset? DeleteAfter, int MinDays, int MaxDays);
