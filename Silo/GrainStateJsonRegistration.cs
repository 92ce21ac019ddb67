using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace AntiLeadership.Live.Silo;

public static class GrainStateJsonRegistration
{
    /// <summary>
    /// Every grain storage provider (Azure blobs, memory) takes the silo's IGrainStorageSerializer when
    /// not given one; Orleans only adds its default when none is registered.
    /// </summary>
    public static IServiceCollection AddGrainStateJson(this IServiceCollection services) =>
        services.AddSingleton<IGrainStorageSerializer>(provider =>
            new GrainStateJson(ActivatorUtilities.CreateInstance<JsonGrainStorageSerializer>(provider)));
}
