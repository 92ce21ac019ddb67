namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// A participant's dots, plus the ids of their latest submissions so that a retry of a submission whose
/// reply was lost is answered "already counted" instead of being applied again.
/// </summary>
[GenerateSerializer]
public sealed class StoredBallot
{
    public const int RememberedSubmissions = 16;

    [Id(0)]
    public Dictionary<string, int> Dots { get; set; } = [];
    [Id(1)]
    public long Revision { get; set; }
    [Id(2)]
    public List<string> RecentSubmissionIds { get; set; } = [];

    public int DotsPlaced => Dots.Values.Sum();

    public void Remember(string submissionId)
    {
        RecentSubmissionIds.Add(submissionId);
        if (RecentSubmissionIds.Count > RememberedSubmissions)
        {
            RecentSubmissionIds.RemoveAt(0);
        }
    }
}
