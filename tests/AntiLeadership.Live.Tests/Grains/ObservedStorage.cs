using Orleans.Storage;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>
/// Grain storage for tests about how often and when a grain writes: each write takes a little time,
/// as a real round-trip does, is counted, and can be made to fail. State stays in the activation.
/// </summary>
public sealed class ObservedStorage : IGrainStorage
{
    private int _writes;

    public static readonly TimeSpan WriteLatency = TimeSpan.FromMilliseconds(20);

    public int Writes => Volatile.Read(ref _writes);

    public volatile bool FailWrites;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await Task.Delay(WriteLatency);
        if (FailWrites)
        {
            throw new IOException("Storage is unavailable (injected by the test).");
        }

        Interlocked.Increment(ref _writes);
        grainState.ETag = Guid.NewGuid().ToString("N");
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
}
