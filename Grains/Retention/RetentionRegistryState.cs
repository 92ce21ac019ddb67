namespace AntiLeadership.Live.Grains.Retention;

[GenerateSerializer]
public sealed class RetentionRegistryState
{
    /// <summary>Team id → the moment it becomes due for deletion.</summary>
    [Id(0)]
    public Dictionary<string, DateTimeOffset> DueAt { get; set; } = [];
}
