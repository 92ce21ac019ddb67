using AntiLeadership.Live.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.Statements;

/// <summary>A proposed statement as stored, with its author (never sent to anyone but the facilitator of a named activity).</summary>
[GenerateSerializer]
public sealed class StoredProposal
{
    [Id(0)]
    public string ProposalId { get; set; } = "";
    [Id(1)]
    public string AuthorId { get; set; } = "";
    [Id(2)]
    public string Text { get; set; } = "";
    [Id(3)]
    public ProposalStatus Status { get; set; }
    /// <summary>The statement it became (accepted) or repeats (merged).</summary>
    [Id(4)]
    public string? StatementId { get; set; }
}
