namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>A participant's whole input, replacing their last: their answers per commitment, so going back to one and changing it is sending the whole set again.</summary>
[GenerateSerializer, Immutable]
public sealed record ReviewInput([property: Id(0)] IReadOnlyList<ReviewAnswer> Answers) : ActivityInput
{
    public override string Kind => ReviewKind.Name;
}
