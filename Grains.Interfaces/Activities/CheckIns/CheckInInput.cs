namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>
/// A participant's whole answer, replacing their last: a <see cref="Word"/> (required when the check-in
/// asks for a word) and, on a scale, a <see cref="Scale"/> from 1 to 5 with the word optional.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CheckInInput(
    [property: Id(0)] string? Word = null,
    [property: Id(1)] int? Scale = null) : ActivityInput
{
    public override string Kind => CheckInKind.Name;
}
