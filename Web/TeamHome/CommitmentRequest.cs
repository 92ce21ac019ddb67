using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>A new commitment, under an id the page made up (a retry adds it once), or a rewrite made on <see cref="SeenRevision"/>.</summary>
public sealed record CommitmentRequest(string? CommitmentId, CommitmentDraft? Draft, long SeenRevision = 0);
