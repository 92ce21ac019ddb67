using System.Text.Json.Serialization;
using AntiLeadership.Live.Grains.Activities.Statements;

namespace AntiLeadership.Live.Grains.Activities.ScaleVotes;

/// <summary>
/// Stored as plain JSON (see <see cref="ActivityState{TEntry}"/>): the statements, proposals and board
/// focus every vote on statements keeps, and each participant's answers.
/// [GenerateSerializer] also puts the type on Orleans' allow-list, which the storage deserializer checks.
/// </summary>
[GenerateSerializer]
public sealed class ScaleVoteState : StatementVoteState<StoredAnswers>
{
    [Id(0)]
    public Dictionary<string, StoredAnswers> Answers { get; set; } = [];

    // The same dictionary as Answers: without this System.Text.Json writes every participant twice (an
    // overriding getter is not skipped as read-only).
    [JsonIgnore]
    public override Dictionary<string, StoredAnswers> Entries => Answers;
}
