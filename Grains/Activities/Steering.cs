namespace AntiLeadership.Live.Grains.Activities;

/// <summary>What a kind made of one of its own commands: a change to store, nothing new, a refusal, or a command it does not have.</summary>
public readonly record struct Steering(SteeringResult Result, string? Rejection = null)
{
    public static Steering Changed { get; } = new(SteeringResult.Changed);

    public static Steering AlreadySo { get; } = new(SteeringResult.AlreadySo);

    public static Steering Unknown { get; } = new(SteeringResult.Unknown);

    public static Steering Refused(string why) => new(SteeringResult.Refused, why);
}
