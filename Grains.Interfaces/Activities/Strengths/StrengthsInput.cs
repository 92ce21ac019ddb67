namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>
/// A participant's whole part in a strengths map, replacing their last: up to five strengths they bring
/// (<see cref="Mine"/>, in order, strength ids), what they see in teammates, and whether their own
/// column may appear on the board (hidden, they still count in the team's totals).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StrengthsInput(
    [property: Id(0)] IReadOnlyList<string> Mine,
    [property: Id(1)] IReadOnlyList<Recognition> Recognitions,
    [property: Id(2)] bool ShowMyColumn = true) : ActivityInput
{
    public override string Kind => StrengthsKind.Name;
}
