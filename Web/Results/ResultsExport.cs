using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Web.Results;

/// <summary>A session's results as a facilitator downloads them, to keep with the team's plan: every activity, in agenda order.</summary>
public sealed record ResultsExport(
    string TeamName,
    string SessionTitle,
    DateTimeOffset ExportedAt,
    IReadOnlyList<ActivityResults> Activities);
