using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace AntiLeadership.Live.Grains.Activities;

/// <summary>
/// A participant's dots, plus fingerprints of their latest submissions so that a retry of a submission
/// whose reply was lost is answered "already counted" instead of being applied again.
/// </summary>
[GenerateSerializer]
[JsonConverter(typeof(StoredBallotJson))]
public sealed class StoredBallot
{
    /// <summary>
    /// A window retries only its latest submission (the phone page keeps one call in flight and drops a
    /// superseded one), and a participant has at most five windows per web node: eight is room enough,
    /// also for a phone that moved to another node.
    /// </summary>
    public const int RememberedSubmissions = 8;

    /// <summary>Replaced as a whole, never changed in place: setting it forgets <see cref="StoredJson"/>.</summary>
    [Id(0)]
    public Dictionary<string, int> Dots
    {
        get;
        set
        {
            field = value;
            StoredJson = null;
        }
    } = [];

    [Id(1)]
    public long Revision
    {
        get;
        set
        {
            field = value;
            StoredJson = null;
        }
    }

    /// <summary>
    /// Fingerprints, not the ids themselves: every write of an activity stores every ballot, so in a
    /// room of a thousand these lists were most of each write (about 600 of 700 bytes a ballot with
    /// sixteen 36-character ids). Blobs from before hold whole ids, which <see cref="Remembers"/> still finds.
    /// </summary>
    [Id(2)]
    public List<string> RecentSubmissionIds
    {
        get;
        set
        {
            field = value;
            StoredJson = null;
        }
    } = [];

    /// <summary>
    /// This ballot as JSON, kept from its last write until it changes: a write stores every ballot of the
    /// activity, and in a burst most of them have not changed since the write before.
    /// </summary>
    [NonSerialized]
    internal byte[]? StoredJson;

    public int DotsPlaced => Dots.Values.Sum();

    public bool Remembers(string submissionId) =>
        RecentSubmissionIds.Contains(Fingerprint(submissionId)) || RecentSubmissionIds.Contains(submissionId);

    public void Remember(string submissionId)
    {
        RecentSubmissionIds.Add(Fingerprint(submissionId));
        if (RecentSubmissionIds.Count > RememberedSubmissions)
        {
            RecentSubmissionIds.RemoveRange(0, RecentSubmissionIds.Count - RememberedSubmissions);
        }

        StoredJson = null;
    }

    /// <summary>
    /// 72 bits of SHA-256, 12 characters: among one participant's eight latest submissions a collision is
    /// out of reach, and a client that forged one would only mislead itself about its own ballot.
    /// </summary>
    private static string Fingerprint(string submissionId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(submissionId), hash);
        return Convert.ToBase64String(hash[..9]).Replace('+', '-').Replace('/', '_');
    }
}
