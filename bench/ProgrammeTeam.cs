namespace AntiLeadership.Live.Bench;

/// <summary>
/// A team the programmes scenario made (<see cref="TeamYear"/>): what its lead facilitator holds, and the
/// keys of every grain it stored (the team's, its sessions', its activities', its join codes'), so that
/// a deletion can be checked against the database's rows. <see cref="DueForDeletion"/>: it chose a day's
/// retention, so automatic deletion takes it once its last session is two days old.
/// </summary>
public sealed record ProgrammeTeam(int Index, string TeamId, string Name, string FacilitatorKey, IReadOnlyList<string> StoredKeys, bool DueForDeletion);
