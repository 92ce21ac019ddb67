using System.Buffers.Text;
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

    public bool Remembers(string submissionId) => Remembers(submissionId, Fingerprint(submissionId));

    /// <summary>As <see cref="Remembers(string)"/>, with the fingerprint the caller already made (one hash per vote, not two).</summary>
    public bool Remembers(string submissionId, string fingerprint) =>
        RecentSubmissionIds.Contains(fingerprint) || RecentSubmissionIds.Contains(submissionId);

    public void Remember(string submissionId) => RememberFingerprint(Fingerprint(submissionId));

    /// <summary>Remembers a submission by the fingerprint <see cref="Fingerprint"/> made of its id.</summary>
    public void RememberFingerprint(string fingerprint)
    {
        RecentSubmissionIds.Add(fingerprint);
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
    /// out of reach, and a client that forged one would only mislead itself about its own input. Nine
    /// bytes make twelve base64url characters with no padding, the same text as base64 with '+' and '/'
    /// replaced, which earlier states hold; hashed from the stack, since this runs once per vote.
    /// </summary>
    public static string Fingerprint(string submissionId)
    {
        // Submission ids are at most ActivityRules.MaxSubmissionIdLength characters; a longer one is refused before this.
        Span<byte> utf8 = submissionId.Length <= 128 ? stackalloc byte[Encoding.UTF8.GetMaxByteCount(submissionId.Length)] : new byte[Encoding.UTF8.GetMaxByteCount(submissionId.Length)];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(submissionId, utf8)], hash);
        return Base64Url.EncodeToString(hash[..9]);
    }
}
