namespace AntiLeadership.Live.Grains;

/// <summary>
/// The grain storage providers the silo must register (all Azure Blob storage in production: a big
/// team's members, a session's participants or an activity's ballots can outgrow a table entity).
/// </summary>
public static class StorageNames
{
    public const string Teams = "teams";
    public const string Sessions = "sessions";
    public const string Activities = "activities";

    public static IReadOnlyList<string> All { get; } = [Teams, Sessions, Activities];
}
