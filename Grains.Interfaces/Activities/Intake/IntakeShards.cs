namespace AntiLeadership.Live.Activities.Intake;

/// <summary>
/// Which intake shard owns a participant, and the shard grain's key. The hash is FNV-1a over the
/// participant id's UTF-8 bytes, the same in every process and every release, so a participant's retries
/// always reach the shard that remembers their submission ids (string.GetHashCode differs per process).
/// </summary>
public static class IntakeShards
{
    /// <summary>One grain takes the whole intake: every activity before shards existed, and the default.</summary>
    public const int One = 1;

    /// <summary>More shards than this would only add merge work: a few per node is what spreads the load.</summary>
    public const int Most = 64;

    /// <summary>The shards a stored count stands for: state stored before shards existed holds 0, which means one.</summary>
    public static int Stored(int count) => Math.Max(count, One);

    public static int ShardOf(string participantId, int shards)
    {
        const uint offset = 2166136261;
        const uint prime = 16777619;
        var hash = offset;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(participantId))
        {
            hash = (hash ^ b) * prime;
        }

        return (int)(hash % (uint)shards);
    }

    public static string KeyOf(string activityId, int shard) => $"{activityId}/{shard}";

    /// <summary>The activity a shard's key belongs to, and the shard's number.</summary>
    public static (string ActivityId, int Shard) Parse(string shardKey)
    {
        var slash = shardKey.LastIndexOf('/');
        return (shardKey[..slash], int.Parse(shardKey[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
