using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Teams;

namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>
/// The team home as one answer: the team's sessions (its timeline), its members' names (owners of
/// commitments are shown by name), the living plan, and for facilitators what the team kept for its
/// plan in its sessions (<see cref="Kept"/>, empty for members).
/// </summary>
public sealed record TeamHomeView(
    string TeamId,
    string Name,
    IReadOnlyList<SessionListing> Sessions,
    IReadOnlyList<TeamMember> Members,
    TeamPlan Plan,
    IReadOnlyList<ShortlistItem> Kept,
    HomeViewer Viewer);
