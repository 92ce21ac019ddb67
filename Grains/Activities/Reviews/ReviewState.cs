using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities.Reviews;

namespace AntiLeadership.Live.Grains.Activities.Reviews;

/// <summary>
/// Stored as plain JSON (see <see cref="ActivityState{TEntry}"/>). <see cref="RequestedIds"/> is the setup
/// as asked (empty: the due ones), <see cref="Commitments"/> the snapshot taken from the team's plan at
/// setup, each with the review's decision once taken. <see cref="SetUpAt"/> tells this review's notes in
/// the plan from earlier ones, so a retried decision is written once.
/// </summary>
[GenerateSerializer]
public sealed class ReviewState : ActivityState<StoredReview>
{
    [Id(0)]
    public string TeamId { get; set; } = "";
    [Id(1)]
    public List<string> RequestedIds { get; set; } = [];
    [Id(2)]
    public List<ReviewedCommitment> Commitments { get; set; } = [];
    [Id(3)]
    public int Current { get; set; }
    [Id(4)]
    public DateTimeOffset SetUpAt { get; set; }
    [Id(5)]
    public Dictionary<string, StoredReview> Answers { get; set; } = [];

    // The same dictionary as Answers: without this System.Text.Json writes every answer twice.
    [JsonIgnore]
    public override Dictionary<string, StoredReview> Entries => Answers;
}
