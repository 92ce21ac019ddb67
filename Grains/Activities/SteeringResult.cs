namespace AntiLeadership.Live.Grains.Activities;

public enum SteeringResult
{
    Changed,
    AlreadySo,
    Refused,
    Unknown,
}
