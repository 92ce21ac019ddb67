using AntiLeadership.Live.Web.Results;

namespace AntiLeadership.Live.Web.Reports;

/// <summary>
/// One session in a report: which team, when it started (null for sessions started before that was
/// kept), and its results exactly as the session's own download gives them.
/// </summary>
public sealed record SessionReport(
    string TeamId,
    string TeamName,
    string SessionId,
    string Title,
    DateTimeOffset? StartedAt,
    ResultsExport Results);
