namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>
/// A participant's whole ballot (statement id → dots). Placing, moving and removing dots are all this
/// one input, so a resubmission can never double count.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CulturePrioritiesInput([property: Id(0)] IReadOnlyDictionary<string, int> Dots) : ActivityInput
{
    public override string Kind => CulturePrioritiesKind.Name;
}
