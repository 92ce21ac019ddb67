namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>What an app's silo holds in memory, from Orleans's management grain.</summary>
public static class Activations
{
    /// <summary>How many activations of a grain class the app's silo holds now.</summary>
    public static async Task<int> OfAsync(LiveApp app, string grainClass)
    {
        var statistics = await app.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics().WaitAsync(Eventually.DefaultTimeout);
        return statistics.Where(s => s.GrainType.Contains($".{grainClass}", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }
}
