namespace AntiLeadership.Live.Web.Results;

/// <summary>
/// One culture-priorities vote: its ranking always; <see cref="Ballots"/>, who placed which dots, only
/// when the activity is named (null when it is anonymous).
/// </summary>
public sealed record VoteResults(
    string Title,
    bool Anonymous,
    string Status,
    int DotsPerParticipant,
    int Voters,
    int DotsPlaced,
    IReadOnlyList<RankedStatement> Ranking,
    IReadOnlyList<VoterDots>? Ballots);
