namespace AntiLeadership.Live.Grains;

/// <summary>
/// The grain storage providers the silo must register. Activities go to blob storage because their
/// ballots can outgrow an Azure Table entity (1 MiB); teams and sessions are small and go to tables.
/// </summary>
public static class StorageNames
{
    public const string Teams = "teams";
    public const string Sessions = "sessions";
    public const string Activities = "activities";

    public static IReadOnlyList<string> All { get; } = [Teams, Sessions, Activities];
}
