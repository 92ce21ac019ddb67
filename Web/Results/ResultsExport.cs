namespace AntiLeadership.Live.Web.Results;

/// <summary>A session's results as a facilitator downloads them, to keep with the team's plan.</summary>
public sealed record ResultsExport(
    string TeamName,
    string SessionTitle,
    DateTimeOffset ExportedAt,
    IReadOnlyList<VoteResults> Activities);
