using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>A progress note, a status change or both, under an id the page made up (a retry adds it once).</summary>
public sealed record NoteRequest(string? NoteId, string? Text, CommitmentStatus? Status);
