namespace AntiLeadership.Live.Activities;

/// <summary>A participant's whole input to an activity; each kind derives its own shape.</summary>
[GenerateSerializer, Immutable]
public abstract record ActivityInput
{
    public abstract string Kind { get; }
}
