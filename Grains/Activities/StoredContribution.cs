using System.Security.Cryptography;
using System.Text;

namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// What every kind stores per participant besides their input: a revision that grows with each stored
/// change, and fingerprints of their latest submissions, so that a retry of a submission whose reply was
/// lost is answered "already counted" instead of being applied again.
/// </summary>
[GenerateSerializer]
public abstract class StoredContribution
{
    /// <summary>
    /// A window retries only its latest submission (a page keeps one call in flight and drops a
    /// superseded one), and a participant has at most five windows per web node: eight is room enough,
    /// also for a phone that moved to another node.
    /// </summary>
    public const int RememberedSubmissions = 8;

    [Id(0)]
    public long Revision
    {
        get;
        set
        {
            field = value;
            Changed();
        }
    }

    /// <summary>
    /// Fingerprints, not the ids themselves: every write of an activity stores every participant's part,
    /// so in a room of a thousand whole ids were most of each write. States from before hold whole ids,
    /// which <see cref="Remembers"/> still finds.
    /// </summary>
    [Id(1)]
    public List<string> RecentSubmissionIds
    {
        get;
        set
        {
            field = value;
            Changed();
        }
    } = [];

    public bool Remembers(string submissionId) =>
        RecentSubmissionIds.Contains(Fingerprint(submissionId)) || RecentSubmissionIds.Contains(submissionId);

    public void Remember(string submissionId)
    {
        RecentSubmissionIds.Add(Fingerprint(submissionId));
        if (RecentSubmissionIds.Count > RememberedSubmissions)
        {
            RecentSubmissionIds.RemoveRange(0, RecentSubmissionIds.Count - RememberedSubmissions);
        }

        Changed();
    }

    /// <summary>Called whenever a stored member changes, for kinds that keep something derived from them.</summary>
    protected virtual void Changed()
    {
    }

    /// <summary>
    /// 72 bits of SHA-256, 12 characters: among one participant's eight latest submissions a collision is
    /// out of reach, and a client that forged one would only mislead itself about its own input.
    /// </summary>
    private static string Fingerprint(string submissionId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(submissionId), hash);
        return Convert.ToBase64String(hash[..9]).Replace('+', '-').Replace('/', '_');
    }
}
