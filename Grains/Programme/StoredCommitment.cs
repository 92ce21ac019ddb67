using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Grains.Programme;

/// <summary>A commitment as stored: its draft, status, when it was made, its log and a revision that grows with each change.</summary>
[GenerateSerializer]
public sealed class StoredCommitment
{
    [Id(0)]
    public string CommitmentId { get; set; } = "";
    [Id(1)]
    public CommitmentDraft Draft { get; set; } = new("", "", [], "", null);
    [Id(2)]
    public CommitmentStatus Status { get; set; }
    [Id(3)]
    public DateTimeOffset CreatedAt { get; set; }
    [Id(4)]
    public List<PlanNote> Notes { get; set; } = [];
    [Id(5)]
    public long Revision { get; set; }

    public Commitment ToCommitment() => new(CommitmentId, Draft, Status, CreatedAt, Notes.ToArray(), Revision);
}
