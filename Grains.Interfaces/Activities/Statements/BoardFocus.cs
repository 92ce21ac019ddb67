namespace AntiLeadership.Live.Activities.Statements;

/// <summary>
/// What the room display shows of a statement vote: its results (the default), the "Where we disagree"
/// list with the most divided statements first, or one statement of that list large with its
/// distribution (<see cref="StatementId"/>), as the facilitator steps through the conversation.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BoardFocus(
    [property: Id(0)] bool Disagreement,
    [property: Id(1)] string? StatementId)
{
    public static BoardFocus Results { get; } = new(false, null);
}
