using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Grains.Activities.Intake;

/// <summary>
/// What every intake shard stores: the terms the activity last told it (their version, whether input is
/// taken, until when) and its participants' entries, which each kind declares under a name of its own.
/// Plain JSON like every activity state; [GenerateSerializer] also puts it on Orleans' allow-list.
/// </summary>
[GenerateSerializer]
public abstract class IntakeShardState<TEntry>
    where TEntry : StoredContribution
{
    [Id(0)]
    public string SessionId { get; set; } = "";
    /// <summary>The activity's version when it told these terms; 0 until it has told any.</summary>
    [Id(1)]
    public long TermsVersion { get; set; }
    [Id(2)]
    public ActivityStatus Status { get; set; }
    [Id(3)]
    public DateTimeOffset? ClosesAt { get; set; }
    /// <summary>Grows with every stored change: the version of the partial tally the shard reports.</summary>
    [Id(4)]
    public long Version { get; set; }
    /// <summary>The last journal write this state includes (see <see cref="ActivityJournal{TEntry}"/>).</summary>
    [Id(5)]
    public long JournalSequence { get; set; }

    [JsonIgnore]
    public abstract Dictionary<string, TEntry> Entries { get; }
}
